<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;normlab --help&apos; for the list of options.</source>
        <translation>옵션 목록은 &apos;normlab --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1에는 %2부터 %3까지의 정수를 주어야 합니다(&apos;%4&apos;는 안 됩니다).</translation>
    </message>
    <message>
        <source>NormLab: live experiments on feature scaling, batch normalization and mini-batch size.</source>
        <translation>NormLab: 특성 스케일링, 배치 정규화, 미니배치 크기를 직접 실험해 보는 프로그램.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 보여 주고 끝냅니다.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>버전을 보여 주고 끝냅니다.</translation>
    </message>
    <message>
        <source>Open lab N first (0: feature scaling, 1: batch normalization, 2: batch size).</source>
        <translation>N번 실험을 먼저 엽니다(0: 특성 스케일링, 1: 배치 정규화, 2: 배치 크기).</translation>
    </message>
    <message>
        <source>Put the lab&apos;s own view K in front.</source>
        <translation>실험의 K번 보기를 앞에 둡니다.</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, every font 1.5x larger.</source>
        <translation>발표 모드로 시작합니다: 전체 화면, 모든 글꼴 1.5배.</translation>
    </message>
    <message>
        <source>Use this language for the session: en or ko.</source>
        <translation>이번 실행에 쓸 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>Open this experiment file (JSON) first.</source>
        <translation>이 실험 파일(JSON)을 먼저 엽니다.</translation>
    </message>
    <message>
        <source>Window size, for example 1280x800.</source>
        <translation>창 크기, 예: 1280x800.</translation>
    </message>
    <message>
        <source>Train N steps at once (with --screenshot: before the picture is taken).</source>
        <translation>곧바로 N걸음 학습합니다(--screenshot과 함께 쓰면 사진을 찍기 전에).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit. Saved settings are neither read nor written.</source>
        <translation>창이 나타나면 PNG로 저장하고 끝냅니다. 저장된 설정은 읽지도 쓰지도 않습니다.</translation>
    </message>
    <message>
        <source>Train the batch-normalization lab at full speed for SECONDS (5 if no value is given), print the longest GUI stall and render times, then quit. Saved settings are neither read nor written.</source>
        <translation>배치 정규화 실험을 SECONDS초 동안(값이 없으면 5초) 최고 속도로 학습하고, 가장 긴 화면 멈춤과 그리기 시간을 출력한 뒤 끝냅니다. 저장된 설정은 읽지도 쓰지도 않습니다.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--language takes en or ko, not &apos;%1&apos;.</source>
        <translation>--language에는 en 또는 ko를 주어야 합니다(&apos;%1&apos;는 안 됩니다).</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, for example 1280x800, not &apos;%1&apos;.</source>
        <translation>--size에는 픽셀 단위 너비x높이를 주어야 합니다. 예: 1280x800(&apos;%1&apos;는 안 됩니다).</translation>
    </message>
    <message>
        <source>--experiment needs a file name.</source>
        <translation>--experiment에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot에는 파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--measure takes a number of seconds from 0.5 to 3600, not &apos;%1&apos;.</source>
        <translation>--measure에는 0.5부터 3600까지의 초를 주어야 합니다(&apos;%1&apos;는 안 됩니다).</translation>
    </message>
    <message>
        <source>Print the time from start to the first drawn frame and the memory taken once every lab has been used (each lab trains or runs its sweep, each view is shown), then quit. Saved settings are neither read nor written.</source>
        <translation>시작부터 첫 화면이 그려질 때까지의 시간과, 모든 실험을 한 번씩 써 본 뒤의 메모리 사용량을 출력하고 끝냅니다(각 실험은 학습하거나 스윕을 돌리고, 모든 보기를 한 번씩 보여 줍니다). 저장된 설정은 읽지도 쓰지도 않습니다.</translation>
    </message>
    <message>
        <source>--measure-footprint runs alone: not with --measure or --screenshot.</source>
        <translation>--measure-footprint는 단독으로만 실행합니다. --measure나 --screenshot과 함께 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Feature scaling, batch normalization and mini-batch size</source>
        <translation>피처 스케일링, 배치 정규화, 미니배치 크기</translation>
    </message>
    <message>
        <source>Two features on two scales</source>
        <translation>척도가 다른 두 피처</translation>
    </message>
    <message>
        <source>A house price is predicted from its area in m² (x1) and its number of rooms (x2). Look at the raw data: both features feed the same linear model.</source>
        <translation>집값을 면적(m², x1)과 방 개수(x2)로 예측합니다. 원본 데이터를 보세요. 두 피처가 같은 선형 모델에 들어갑니다.</translation>
    </message>
    <message>
        <source>How much wider is the spread of the area than the spread of the rooms?</source>
        <translation>면적의 퍼짐은 방 개수의 퍼짐보다 얼마나 넓을까요?</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>거의 같다</translation>
    </message>
    <message>
        <source>A few times wider</source>
        <translation>몇 배 넓다</translation>
    </message>
    <message>
        <source>More than ten times wider</source>
        <translation>열 배 이상 넓다</translation>
    </message>
    <message>
        <source>area: standard deviation</source>
        <translation>면적: 표준편차</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>rooms: standard deviation</source>
        <translation>방 개수: 표준편차</translation>
    </message>
    <message>
        <source>ratio of the spreads</source>
        <translation>퍼짐의 비</translation>
    </message>
    <message>
        <source>×</source>
        <translation>배</translation>
    </message>
    <message>
        <source>The area spreads {spread_ratio:0} times wider than the number of rooms.</source>
        <translation>면적은 방 개수보다 {spread_ratio:0}배 넓게 퍼져 있습니다.</translation>
    </message>
    <message>
        <source>The features are on different scales. Scaling puts them on one scale before training.</source>
        <translation>두 피처의 척도가 다릅니다. 스케일링은 학습 전에 둘을 같은 척도로 맞춥니다.</translation>
    </message>
    <message>
        <source>On this data the area spreads only {spread_ratio:1} times wider than the rooms.</source>
        <translation>이 데이터에서는 면적이 방 개수보다 {spread_ratio:1}배만 넓게 퍼져 있습니다.</translation>
    </message>
    <message>
        <source>The features are already on similar scales, so scaling changes little here.</source>
        <translation>피처들의 척도가 이미 비슷해서, 여기서는 스케일링의 효과가 작습니다.</translation>
    </message>
    <message>
        <source>Min-max scaling: into 0 to 1</source>
        <translation>Min-max 스케일링: 0에서 1 사이로</translation>
    </message>
    <message>
        <source>Min-max scaling maps each feature to (x − min) / (max − min), with the minimum and maximum of the training data.</source>
        <translation>Min-max 스케일링은 학습 데이터의 최솟값과 최댓값으로 각 피처를 (x − min) / (max − min)으로 바꿉니다.</translation>
    </message>
    <message>
        <source>area after min-max: smallest</source>
        <translation>min-max 후 면적: 최솟값</translation>
    </message>
    <message>
        <source>area after min-max: largest</source>
        <translation>min-max 후 면적: 최댓값</translation>
    </message>
    <message>
        <source>rooms after min-max: smallest</source>
        <translation>min-max 후 방 개수: 최솟값</translation>
    </message>
    <message>
        <source>rooms after min-max: largest</source>
        <translation>min-max 후 방 개수: 최댓값</translation>
    </message>
    <message>
        <source>Both scaled features lie between 0 and 1.</source>
        <translation>스케일링한 두 피처가 모두 0과 1 사이에 있습니다.</translation>
    </message>
    <message>
        <source>Min-max scaling keeps the shape of each feature and only moves and stretches it into 0 to 1.</source>
        <translation>Min-max 스케일링은 각 피처의 모양은 그대로 두고, 0~1 구간으로 옮기고 늘이기만 합니다.</translation>
    </message>
    <message>
        <source>Some plotted values fall outside 0 to 1.</source>
        <translation>그려진 값 중 일부가 0~1 밖에 있습니다.</translation>
    </message>
    <message>
        <source>The minimum and maximum come from the training data only, so other rows may fall outside.</source>
        <translation>최솟값과 최댓값은 학습 데이터에서만 구하므로, 다른 행은 그 밖으로 나갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Z-score: mean 0, standard deviation 1</source>
        <translation>Z-score: 평균 0, 표준편차 1</translation>
    </message>
    <message>
        <source>The z-score subtracts each feature&apos;s mean and divides by its standard deviation, both measured on the training data.</source>
        <translation>Z-score는 각 피처에서 평균을 빼고 표준편차로 나눕니다. 둘 다 학습 데이터에서 잰 값입니다.</translation>
    </message>
    <message>
        <source>area after z-score: mean</source>
        <translation>z-score 후 면적: 평균</translation>
    </message>
    <message>
        <source>area after z-score: standard deviation</source>
        <translation>z-score 후 면적: 표준편차</translation>
    </message>
    <message>
        <source>rooms after z-score: mean</source>
        <translation>z-score 후 방 개수: 평균</translation>
    </message>
    <message>
        <source>rooms after z-score: standard deviation</source>
        <translation>z-score 후 방 개수: 표준편차</translation>
    </message>
    <message>
        <source>Both features now have a mean near 0 and a standard deviation near 1.</source>
        <translation>이제 두 피처 모두 평균이 0 근처, 표준편차가 1 근처입니다.</translation>
    </message>
    <message>
        <source>Unlike min-max, the z-score has no fixed range: an unusual house can still lie far from 0.</source>
        <translation>Min-max와 달리 z-score에는 정해진 범위가 없어서, 특이한 집은 여전히 0에서 멀리 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The plotted rows differ from the training rows, so their spread is not exactly 1.</source>
        <translation>그려진 행이 학습 행과 달라서 퍼짐이 정확히 1은 아닙니다.</translation>
    </message>
    <message>
        <source>The mean and standard deviation are measured on the training rows only.</source>
        <translation>평균과 표준편차는 학습 행에서만 잽니다.</translation>
    </message>
    <message>
        <source>The shape of the loss</source>
        <translation>손실 함수의 모양</translation>
    </message>
    <message>
        <source>Each plot shows the loss over the two weights w1 and w2. The condition number κ says how much steeper the valley is across than along.</source>
        <translation>각 그림은 두 가중치 w1, w2에 대한 손실을 보여 줍니다. 조건수 κ는 골짜기가 가로 방향으로 세로 방향보다 얼마나 가파른지 나타냅니다.</translation>
    </message>
    <message>
        <source>Which loss surface is the long, narrow valley?</source>
        <translation>길고 좁은 골짜기는 어느 손실 곡면일까요?</translation>
    </message>
    <message>
        <source>No scaling</source>
        <translation>스케일링 없음</translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>All the same</source>
        <translation>모두 같다</translation>
    </message>
    <message>
        <source>κ without scaling</source>
        <translation>스케일링 없을 때 κ</translation>
    </message>
    <message>
        <source>κ after min-max</source>
        <translation>min-max 후 κ</translation>
    </message>
    <message>
        <source>κ after z-score</source>
        <translation>z-score 후 κ</translation>
    </message>
    <message>
        <source>Without scaling the valley is {kappa_ratio:0} times more stretched than after the z-score.</source>
        <translation>스케일링하지 않으면 골짜기가 z-score 후보다 {kappa_ratio:0}배 더 늘어나 있습니다.</translation>
    </message>
    <message>
        <source>One learning rate must suit both directions; in a stretched valley it is too small for one of them.</source>
        <translation>하나의 학습률이 두 방향 모두에 맞아야 하는데, 늘어난 골짜기에서는 한쪽 방향에 너무 작습니다.</translation>
    </message>
    <message>
        <source>On this data the unscaled valley is only {kappa_ratio:1} times more stretched.</source>
        <translation>이 데이터에서는 스케일링하지 않은 골짜기가 {kappa_ratio:1}배만 더 늘어나 있습니다.</translation>
    </message>
    <message>
        <source>When the features have similar scales, the loss is already a round bowl.</source>
        <translation>피처들의 척도가 비슷하면 손실은 이미 둥근 그릇 모양입니다.</translation>
    </message>
    <message>
        <source>The first steps of gradient descent</source>
        <translation>경사 하강법의 첫 걸음</translation>
    </message>
    <message>
        <source>Run 20 steps of gradient descent on each plot, every run at the same fraction of its own largest stable step.</source>
        <translation>각 그림에서 경사 하강법을 20스텝 실행합니다. 각 실행은 자기 최대 안정 스텝의 같은 비율로 움직입니다.</translation>
    </message>
    <message>
        <source>Without scaling, do both weights move towards their best values at the same pace?</source>
        <translation>스케일링하지 않으면 두 가중치가 같은 속도로 최적값을 향해 움직일까요?</translation>
    </message>
    <message>
        <source>Yes, both at the same pace</source>
        <translation>예, 둘 다 같은 속도로</translation>
    </message>
    <message>
        <source>No, one weight does almost all the moving</source>
        <translation>아니요, 한 가중치만 거의 다 움직인다</translation>
    </message>
    <message>
        <source>no scaling: faster weight, share of the way done</source>
        <translation>스케일링 없음: 빠른 가중치가 간 거리의 비율</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>no scaling: slower weight, share of the way done</source>
        <translation>스케일링 없음: 느린 가중치가 간 거리의 비율</translation>
    </message>
    <message>
        <source>z-score: slower weight, share of the way done</source>
        <translation>z-score: 느린 가중치가 간 거리의 비율</translation>
    </message>
    <message>
        <source>Without scaling one weight is {none.fast_done:0}% of the way there and the other only {none.slow_done:0}%; after the z-score both are past {zscore.slow_done:0}%.</source>
        <translation>스케일링하지 않으면 한 가중치는 {none.fast_done:0}%를 갔지만 다른 하나는 {none.slow_done:0}%만 갔습니다. z-score 후에는 둘 다 {zscore.slow_done:0}%를 넘었습니다.</translation>
    </message>
    <message>
        <source>The gradient mostly follows the steep direction, whichever weight matters more for the price.</source>
        <translation>어느 가중치가 집값에 더 중요한지와 상관없이, 기울기는 주로 가파른 방향을 따라갑니다.</translation>
    </message>
    <message>
        <source>The valley is not stretched enough for one weight to lag behind.</source>
        <translation>한 가중치가 뒤처질 만큼 골짜기가 늘어나 있지 않습니다.</translation>
    </message>
    <message>
        <source>Who reaches the minimum first?</source>
        <translation>누가 먼저 최솟값에 도달할까?</translation>
    </message>
    <message>
        <source>Now let the three runs go on until each one meets the tolerance.</source>
        <translation>이제 세 실행이 각각 허용 오차에 도달할 때까지 계속 돌립니다.</translation>
    </message>
    <message>
        <source>How many more steps does the unscaled run need than the z-scored one?</source>
        <translation>스케일링하지 않은 실행은 z-score 실행보다 스텝이 얼마나 더 필요할까요?</translation>
    </message>
    <message>
        <source>About as many</source>
        <translation>거의 같다</translation>
    </message>
    <message>
        <source>About twice as many</source>
        <translation>두 배쯤</translation>
    </message>
    <message>
        <source>More than ten times as many</source>
        <translation>열 배 이상</translation>
    </message>
    <message>
        <source>steps, no scaling</source>
        <translation>스텝 수, 스케일링 없음</translation>
    </message>
    <message>
        <source>steps, min-max</source>
        <translation>스텝 수, min-max</translation>
    </message>
    <message>
        <source>steps, z-score</source>
        <translation>스텝 수, z-score</translation>
    </message>
    <message>
        <source>The unscaled run needed {steps_ratio:0} times the steps of the z-scored one.</source>
        <translation>스케일링하지 않은 실행은 z-score 실행의 {steps_ratio:0}배 스텝이 필요했습니다.</translation>
    </message>
    <message>
        <source>Scaling made the valley round, so one learning rate fits every direction and the path goes straight to the minimum.</source>
        <translation>스케일링으로 골짜기가 둥글어져서, 하나의 학습률이 모든 방향에 맞고 경로가 최솟값으로 곧장 갑니다.</translation>
    </message>
    <message>
        <source>The unscaled run needed only {steps_ratio:1} times the steps of the z-scored one.</source>
        <translation>스케일링하지 않은 실행은 z-score 실행의 {steps_ratio:1}배 스텝만 필요했습니다.</translation>
    </message>
    <message>
        <source>With a mild stretch, scaling saves little.</source>
        <translation>골짜기가 조금만 늘어나 있으면 스케일링으로 아끼는 것이 적습니다.</translation>
    </message>
    <message>
        <source>The unscaled run has not reached the minimum within the budget.</source>
        <translation>스케일링하지 않은 실행은 정해진 스텝 안에 최솟값에 도달하지 못했습니다.</translation>
    </message>
    <message>
        <source>The stretched valley makes the steps along its floor tiny.</source>
        <translation>늘어난 골짜기 때문에 바닥을 따라가는 걸음이 아주 작습니다.</translation>
    </message>
    <message>
        <source>Internal covariate shift</source>
        <translation>내부 공변량 변화 (Internal Covariate Shift)</translation>
    </message>
    <message>
        <source>Two identical sigmoid networks, one with batch normalization (BN), train on the same batches. The view follows the inputs of the last hidden layer&apos;s sigmoids as training goes on.</source>
        <translation>똑같은 시그모이드 신경망 두 개가 같은 배치로 학습합니다. 하나에는 배치 정규화(BN)가 있습니다. 이 보기는 학습하는 동안 마지막 은닉층 시그모이드의 입력을 따라갑니다.</translation>
    </message>
    <message>
        <source>Which network&apos;s sigmoid inputs will drift more?</source>
        <translation>어느 신경망의 시그모이드 입력이 더 많이 움직일까요?</translation>
    </message>
    <message>
        <source>Without BN (plain)</source>
        <translation>BN 없음 (plain)</translation>
    </message>
    <message>
        <source>With BN</source>
        <translation>BN 있음</translation>
    </message>
    <message>
        <source>Both the same</source>
        <translation>둘 다 같다</translation>
    </message>
    <message>
        <source>plain: median moved</source>
        <translation>plain: 중앙값 이동</translation>
    </message>
    <message>
        <source>band widths</source>
        <translation>띠 너비</translation>
    </message>
    <message>
        <source>BN: median moved</source>
        <translation>BN: 중앙값 이동</translation>
    </message>
    <message>
        <source>The plain network&apos;s inputs drifted {drift_ratio:0} times farther than BN&apos;s.</source>
        <translation>plain 신경망의 입력이 BN보다 {drift_ratio:0}배 더 멀리 움직였습니다.</translation>
    </message>
    <message>
        <source>Each layer of the plain network learns on inputs that keep moving as the layers below change.</source>
        <translation>plain 신경망의 각 층은 아래층이 바뀔 때마다 계속 움직이는 입력으로 학습합니다.</translation>
    </message>
    <message>
        <source>A drift needs weights that change a lot; this run did not move far enough to show it.</source>
        <translation>입력이 움직이려면 가중치가 많이 바뀌어야 하는데, 이번 실행은 그만큼 움직이지 않았습니다.</translation>
    </message>
    <message>
        <source>The spread changes too</source>
        <translation>퍼짐도 바뀐다</translation>
    </message>
    <message>
        <source>Not only the middle moves: look at the 15–85% band of the same inputs.</source>
        <translation>가운데만 움직이는 것이 아닙니다. 같은 입력의 15–85% 띠를 보세요.</translation>
    </message>
    <message>
        <source>plain: band edges moved</source>
        <translation>plain: 띠 가장자리 이동</translation>
    </message>
    <message>
        <source>BN: band edges moved</source>
        <translation>BN: 띠 가장자리 이동</translation>
    </message>
    <message>
        <source>The plain network&apos;s band moved more than three times as far as BN&apos;s.</source>
        <translation>plain 신경망의 띠가 BN보다 세 배 넘게 멀리 움직였습니다.</translation>
    </message>
    <message>
        <source>BN normalises each unit&apos;s inputs over the batch, so what the next layer sees stays in place.</source>
        <translation>BN은 각 유닛의 입력을 배치 단위로 정규화하므로, 다음 층이 보는 값이 제자리에 머뭅니다.</translation>
    </message>
    <message>
        <source>BN&apos;s learnable scale and shift can move the band too.</source>
        <translation>BN의 학습되는 scale과 shift도 띠를 움직일 수 있습니다.</translation>
    </message>
    <message>
        <source>What BN computes</source>
        <translation>BN이 계산하는 것</translation>
    </message>
    <message>
        <source>BN takes the mean and variance of each unit over the mini-batch and normalises: x_norm = (x − mean) / √(variance + ε). Then it scales by γ and shifts by β. Look at one unit before any training.</source>
        <translation>BN은 미니배치에서 각 유닛의 평균과 분산을 구해 정규화합니다: x_norm = (x − 평균) / √(분산 + ε). 그다음 γ로 scale하고 β로 shift합니다. 학습 전의 유닛 하나를 보세요.</translation>
    </message>
    <message>
        <source>Before training, what are the mean and standard deviation of the BN unit&apos;s inputs over the batch?</source>
        <translation>학습 전, BN 유닛 입력의 배치 평균과 표준편차는 얼마일까요?</translation>
    </message>
    <message>
        <source>Mean 0, standard deviation 1</source>
        <translation>평균 0, 표준편차 1</translation>
    </message>
    <message>
        <source>Whatever the weights give</source>
        <translation>가중치에 따라 다르다</translation>
    </message>
    <message>
        <source>Mean 0.5, standard deviation 0.5</source>
        <translation>평균 0.5, 표준편차 0.5</translation>
    </message>
    <message>
        <source>BN unit: mean</source>
        <translation>BN 유닛: 평균</translation>
    </message>
    <message>
        <source>BN unit: standard deviation</source>
        <translation>BN 유닛: 표준편차</translation>
    </message>
    <message>
        <source>plain unit: standard deviation</source>
        <translation>plain 유닛: 표준편차</translation>
    </message>
    <message>
        <source>Over the batch the BN unit has mean {bn.unit0.mean:3} and standard deviation {bn.unit0.std:3}; the plain one has {plain.unit0.std:3}.</source>
        <translation>배치에서 BN 유닛은 평균 {bn.unit0.mean:3}, 표준편차 {bn.unit0.std:3}이고, plain 유닛의 표준편차는 {plain.unit0.std:3}입니다.</translation>
    </message>
    <message>
        <source>With γ = 1 and β = 0 at the start, BN&apos;s output is the z-score of the batch, whatever the weights.</source>
        <translation>처음에는 γ = 1, β = 0이므로, 가중치가 무엇이든 BN의 출력은 배치의 z-score입니다.</translation>
    </message>
    <message>
        <source>The BN unit&apos;s spread is {bn.unit0.std:3}, below 1.</source>
        <translation>BN 유닛의 퍼짐은 {bn.unit0.std:3}으로 1보다 작습니다.</translation>
    </message>
    <message>
        <source>The ε under the square root matters when a unit&apos;s variance is tiny.</source>
        <translation>유닛의 분산이 아주 작으면 제곱근 안의 ε이 영향을 줍니다.</translation>
    </message>
    <message>
        <source>γ and β are learned</source>
        <translation>γ와 β는 학습된다</translation>
    </message>
    <message>
        <source>γ (scale) and β (shift) start at 1 and 0 and are trained by backpropagation like the weights. After 2000 steps:</source>
        <translation>γ(scale)와 β(shift)는 1과 0에서 시작해 가중치처럼 역전파로 학습됩니다. 2000스텝 후:</translation>
    </message>
    <message>
        <source>Have γ and β stayed at 1 and 0?</source>
        <translation>γ와 β는 1과 0에 머물러 있을까요?</translation>
    </message>
    <message>
        <source>Yes, they stay put</source>
        <translation>예, 그대로다</translation>
    </message>
    <message>
        <source>No, training moved them</source>
        <translation>아니요, 학습이 바꿨다</translation>
    </message>
    <message>
        <source>γ of the last BN layer: smallest</source>
        <translation>마지막 BN 층의 γ: 최솟값</translation>
    </message>
    <message>
        <source>γ: largest</source>
        <translation>γ: 최댓값</translation>
    </message>
    <message>
        <source>β: smallest</source>
        <translation>β: 최솟값</translation>
    </message>
    <message>
        <source>β: largest</source>
        <translation>β: 최댓값</translation>
    </message>
    <message>
        <source>Training moved γ to between {bn.gamma.min:2} and {bn.gamma.max:2}, and β to between {bn.beta.min:2} and {bn.beta.max:2}.</source>
        <translation>학습으로 γ는 {bn.gamma.min:2}~{bn.gamma.max:2}, β는 {bn.beta.min:2}~{bn.beta.max:2} 사이로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The network chooses each unit&apos;s scale and shift itself; normalising does not fix them.</source>
        <translation>각 유닛의 scale과 shift는 신경망이 스스로 고릅니다. 정규화가 그 값을 고정하지 않습니다.</translation>
    </message>
    <message>
        <source>γ stayed within 5% of 1 on this run.</source>
        <translation>이번 실행에서 γ는 1의 5% 안에 머물렀습니다.</translation>
    </message>
    <message>
        <source>Training changed the weights more than the scale.</source>
        <translation>학습이 scale보다 가중치를 더 많이 바꿨습니다.</translation>
    </message>
    <message>
        <source>BN and the sigmoid&apos;s linear part</source>
        <translation>BN과 시그모이드의 선형 구간</translation>
    </message>
    <message>
        <source>For N(0, 1) inputs, 95% fall in −1.96 to 1.96, where the sigmoid is almost a straight line. Look at the BN network before training.</source>
        <translation>N(0, 1) 입력의 95%는 −1.96~1.96 구간에 들어가는데, 이 구간에서 시그모이드는 거의 직선입니다. 학습 전의 BN 신경망을 보세요.</translation>
    </message>
    <message>
        <source>What share of the BN network&apos;s sigmoid inputs lie in −1.96 to 1.96 at the start?</source>
        <translation>처음에 BN 신경망의 시그모이드 입력 중 얼마가 −1.96~1.96에 있을까요?</translation>
    </message>
    <message>
        <source>About half</source>
        <translation>절반쯤</translation>
    </message>
    <message>
        <source>About 95%</source>
        <translation>95%쯤</translation>
    </message>
    <message>
        <source>Almost none</source>
        <translation>거의 없다</translation>
    </message>
    <message>
        <source>BN: inputs in −1.96…1.96</source>
        <translation>BN: −1.96…1.96 안의 입력</translation>
    </message>
    <message>
        <source>{bn.linear0:1}% of the BN network&apos;s sigmoid inputs lie in the near-linear part.</source>
        <translation>BN 신경망의 시그모이드 입력 중 {bn.linear0:1}%가 거의 선형인 구간에 있습니다.</translation>
    </message>
    <message>
        <source>Normalised inputs would make each sigmoid almost linear, and a stack of linear layers is one linear layer.</source>
        <translation>정규화된 입력만 받으면 시그모이드는 거의 선형이 되고, 선형 층을 쌓아도 결국 하나의 선형 층입니다.</translation>
    </message>
    <message>
        <source>{bn.linear0:1}% lie in the near-linear part, even more than 95%.</source>
        <translation>{bn.linear0:1}%가 거의 선형인 구간에 있어, 95%보다도 많습니다.</translation>
    </message>
    <message>
        <source>The batch values are not exactly normal; the share depends on their shape.</source>
        <translation>배치 값이 정확한 정규분포는 아니어서, 비율은 분포의 모양에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>Only {bn.linear0:1}% lie in the near-linear part.</source>
        <translation>{bn.linear0:1}%만 거의 선형인 구간에 있습니다.</translation>
    </message>
    <message>
        <source>γ and β bring the nonlinearity back</source>
        <translation>γ와 β가 비선형성을 되살린다</translation>
    </message>
    <message>
        <source>Train for 2000 steps. γ can widen the inputs and β can move them, out of the straight part of the sigmoid.</source>
        <translation>2000스텝 학습합니다. γ는 입력을 넓히고 β는 옮겨서, 시그모이드의 직선 구간 밖으로 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>After training, does the share of BN inputs in the linear part go up or down?</source>
        <translation>학습 후, 선형 구간에 있는 BN 입력의 비율은 올라갈까요, 내려갈까요?</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>올라간다</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>내려간다</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <translation>그대로다</translation>
    </message>
    <message>
        <source>BN: in the linear part at the start</source>
        <translation>BN: 처음 선형 구간 비율</translation>
    </message>
    <message>
        <source>BN: in the linear part now</source>
        <translation>BN: 지금 선형 구간 비율</translation>
    </message>
    <message>
        <source>The share in the linear part fell from {bn.linear0:1}% to {bn.linear:1}%.</source>
        <translation>선형 구간의 비율이 {bn.linear0:1}%에서 {bn.linear:1}%로 내려갔습니다.</translation>
    </message>
    <message>
        <source>The learned γ and β moved inputs into the curved parts, where the sigmoid acts as a nonlinearity.</source>
        <translation>학습된 γ와 β가 입력을 휘어진 구간으로 옮겼고, 그곳에서 시그모이드는 비선형 함수로 작동합니다.</translation>
    </message>
    <message>
        <source>The share in the linear part rose from {bn.linear0:1}% to {bn.linear:1}%.</source>
        <translation>선형 구간의 비율이 {bn.linear0:1}%에서 {bn.linear:1}%로 올라갔습니다.</translation>
    </message>
    <message>
        <source>This network kept its units near the middle; γ and β could move them but did not.</source>
        <translation>이 신경망은 유닛들을 가운데 근처에 두었습니다. γ와 β가 옮길 수 있었지만 그러지 않았습니다.</translation>
    </message>
    <message>
        <source>BN in a CNN: per channel</source>
        <translation>CNN의 BN: 채널별로</translation>
    </message>
    <message>
        <source>In a CNN, BN comes after the convolution and before the activation: conv → BN → ReLU. It normalises each channel over the batch and every position, so it keeps one γ and one β per channel.</source>
        <translation>CNN에서 BN은 Conv 다음, 활성화 함수 앞에 둡니다: conv → BN → ReLU. 각 채널을 배치와 모든 위치에 걸쳐 정규화하므로, 채널마다 γ 하나와 β 하나를 둡니다.</translation>
    </message>
    <message>
        <source>How many γ values does the last conv block&apos;s BN layer have?</source>
        <translation>마지막 conv 블록의 BN 층에는 γ 값이 몇 개 있을까요?</translation>
    </message>
    <message>
        <source>One per channel</source>
        <translation>채널마다 하나</translation>
    </message>
    <message>
        <source>One per pixel</source>
        <translation>픽셀마다 하나</translation>
    </message>
    <message>
        <source>One per pixel and channel</source>
        <translation>픽셀과 채널마다 하나</translation>
    </message>
    <message>
        <source>γ values in the last BN layer</source>
        <translation>마지막 BN 층의 γ 개수</translation>
    </message>
    <message>
        <source>A channel&apos;s filter is the same at every position, so its statistics are pooled over all positions.</source>
        <translation>한 채널의 필터는 모든 위치에서 같으므로, 통계도 모든 위치를 모아서 구합니다.</translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values.</source>
        <translation>이 층에는 γ 값이 {bn.gamma.count:0}개 있습니다.</translation>
    </message>
    <message>
        <source>This network&apos;s last BN layer is a dense one.</source>
        <translation>이 신경망의 마지막 BN 층은 완전 연결 층입니다.</translation>
    </message>
    <message>
        <source>The same CNN with and without BN, after 300 steps on the same batches.</source>
        <translation>같은 배치로 300스텝 학습한, BN이 있는 CNN과 없는 CNN입니다.</translation>
    </message>
    <message>
        <source>Which CNN is ahead on the test set?</source>
        <translation>테스트 세트에서 어느 CNN이 앞설까요?</translation>
    </message>
    <message>
        <source>Without BN</source>
        <translation>BN 없음</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>비슷하다</translation>
    </message>
    <message>
        <source>BN: test accuracy</source>
        <translation>BN: 테스트 정확도</translation>
    </message>
    <message>
        <source>plain: test accuracy</source>
        <translation>plain: 테스트 정확도</translation>
    </message>
    <message>
        <source>Normalised inputs let the same learning rate work for every layer from the first step.</source>
        <translation>입력이 정규화되어 있어서, 첫 스텝부터 같은 학습률이 모든 층에 잘 맞습니다.</translation>
    </message>
    <message>
        <source>BN does not win every run; the early steps depend on the start.</source>
        <translation>BN이 모든 실행에서 이기지는 않습니다. 초반 스텝은 시작점에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>Effect 1: faster training</source>
        <translation>효과 1: 더 빠른 학습</translation>
    </message>
    <message>
        <source>Back to the sigmoid network. Compare the two test accuracies early, after 300 steps.</source>
        <translation>시그모이드 신경망으로 돌아갑니다. 300스텝 후, 초반의 두 테스트 정확도를 비교하세요.</translation>
    </message>
    <message>
        <source>Who is ahead after 300 steps?</source>
        <translation>300스텝 후 누가 앞설까요?</translation>
    </message>
    <message>
        <source>After {step:0} steps the BN network is {acc_lead:1} points ahead.</source>
        <translation>{step:0}스텝 후 BN 신경망이 {acc_lead:1}%p 앞섭니다.</translation>
    </message>
    <message>
        <source>The same learning rate moves the BN network faster, because its layers&apos; inputs stay in a good range.</source>
        <translation>층의 입력이 좋은 범위에 머물러서, 같은 학습률로도 BN 신경망이 더 빨리 나아갑니다.</translation>
    </message>
    <message>
        <source>After {step:0} steps BN&apos;s lead is only {acc_lead:1} points.</source>
        <translation>{step:0}스텝 후 BN의 차이는 {acc_lead:1}%p뿐입니다.</translation>
    </message>
    <message>
        <source>Early on, both networks are still close to where they started.</source>
        <translation>초반에는 두 신경망 모두 아직 시작점 근처에 있습니다.</translation>
    </message>
    <message>
        <source>Effect 2: less care for the initialisation</source>
        <translation>효과 2: 초기화에 덜 민감함</translation>
    </message>
    <message>
        <source>Start both networks from tiny weights, N(0, 0.03²), and train for 1000 steps.</source>
        <translation>두 신경망을 아주 작은 가중치 N(0, 0.03²)에서 시작해 1000스텝 학습합니다.</translation>
    </message>
    <message>
        <source>Which network still learns from such a poor start?</source>
        <translation>이렇게 나쁜 시작점에서도 학습하는 신경망은?</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>둘 다</translation>
    </message>
    <message>
        <source>Only BN</source>
        <translation>BN만</translation>
    </message>
    <message>
        <source>Only plain</source>
        <translation>plain만</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>둘 다 아니다</translation>
    </message>
    <message>
        <source>From the same tiny weights BN reached {bn.test_acc:1}% and the plain network {plain.test_acc:1}%.</source>
        <translation>같은 작은 가중치에서 시작해 BN은 {bn.test_acc:1}%, plain 신경망은 {plain.test_acc:1}%에 도달했습니다.</translation>
    </message>
    <message>
        <source>BN rescales each layer&apos;s inputs itself, so the scale of the starting weights matters much less.</source>
        <translation>BN이 각 층의 입력 크기를 스스로 맞추므로, 시작 가중치의 크기가 훨씬 덜 중요합니다.</translation>
    </message>
    <message>
        <source>This start was not poor enough to stop the plain network.</source>
        <translation>이 시작점은 plain 신경망을 멈출 만큼 나쁘지 않았습니다.</translation>
    </message>
    <message>
        <source>Effect 3: a regularising noise?</source>
        <translation>효과 3: 규제 효과를 내는 노이즈?</translation>
    </message>
    <message>
        <source>BN&apos;s mean and variance come from each mini-batch, so the same image is normalised a little differently every time: a kind of noise. Compare train and test accuracy after 2000 steps.</source>
        <translation>BN의 평균과 분산은 미니배치마다 구하므로, 같은 이미지도 매번 조금씩 다르게 정규화됩니다. 일종의 노이즈입니다. 2000스텝 후 학습 정확도와 테스트 정확도를 비교하세요.</translation>
    </message>
    <message>
        <source>Is the gap between train and test accuracy smaller with BN?</source>
        <translation>BN이 있으면 학습 정확도와 테스트 정확도의 차이가 더 작을까요?</translation>
    </message>
    <message>
        <source>Yes, smaller with BN</source>
        <translation>예, BN이 더 작다</translation>
    </message>
    <message>
        <source>No, about the same or larger</source>
        <translation>아니요, 비슷하거나 더 크다</translation>
    </message>
    <message>
        <source>BN: train − test</source>
        <translation>BN: 학습 − 테스트</translation>
    </message>
    <message>
        <source>points</source>
        <translation>%p</translation>
    </message>
    <message>
        <source>plain: train − test</source>
        <translation>plain: 학습 − 테스트</translation>
    </message>
    <message>
        <source>BN&apos;s train–test gap is the smaller one on this run: {bn.gap:1} against {plain.gap:1} points.</source>
        <translation>이번 실행에서는 BN의 학습–테스트 차이가 더 작습니다: {bn.gap:1}%p 대 {plain.gap:1}%p.</translation>
    </message>
    <message>
        <source>BN&apos;s train–test gap is not smaller on this run: {bn.gap:1} against {plain.gap:1} points.</source>
        <translation>이번 실행에서는 BN의 학습–테스트 차이가 더 작지 않습니다: {bn.gap:1}%p 대 {plain.gap:1}%p.</translation>
    </message>
    <message>
        <source>One short run cannot show a regularising effect; it would show, if at all, in long runs that overfit.</source>
        <translation>짧은 실행 하나로는 규제 효과를 보여 줄 수 없습니다. 나타난다면 과적합하는 긴 학습에서 나타납니다.</translation>
    </message>
    <message>
        <source>Is it really covariate shift?</source>
        <translation>정말 공변량 변화 때문일까?</translation>
    </message>
    <message>
        <source>Santurkar et al. (2018) measured the shift differently: how much a layer&apos;s gradient changes when the layers below take their step. Here it is measured for both networks.</source>
        <translation>Santurkar 등(2018)은 변화를 다르게 쟀습니다. 아래층들이 한 스텝 움직일 때 한 층의 기울기가 얼마나 바뀌는지입니다. 여기서는 두 신경망 모두에 대해 잽니다.</translation>
    </message>
    <message>
        <source>Does BN make this gradient change smaller?</source>
        <translation>BN이 이 기울기 변화를 줄일까요?</translation>
    </message>
    <message>
        <source>Yes, clearly smaller</source>
        <translation>예, 확실히 줄인다</translation>
    </message>
    <message>
        <source>No, not clearly</source>
        <translation>아니요, 확실하지 않다</translation>
    </message>
    <message>
        <source>BN: gradient change ‖G − G′‖ / ‖G‖</source>
        <translation>BN: 기울기 변화 ‖G − G′‖ / ‖G‖</translation>
    </message>
    <message>
        <source>plain: gradient change ‖G − G′‖ / ‖G‖</source>
        <translation>plain: 기울기 변화 ‖G − G′‖ / ‖G‖</translation>
    </message>
    <message>
        <source>BN&apos;s gradient change is {bn.ics:2}, the plain network&apos;s {plain.ics:2}: not clearly smaller.</source>
        <translation>BN의 기울기 변화는 {bn.ics:2}, plain 신경망은 {plain.ics:2}로, 확실히 작지 않습니다.</translation>
    </message>
    <message>
        <source>By this measure BN did not remove the shift, so the shift alone cannot explain why BN helps; Santurkar et al. point to a smoother loss instead.</source>
        <translation>이 척도로는 BN이 변화를 없애지 않았으니, 변화만으로는 BN이 도움이 되는 이유를 설명할 수 없습니다. Santurkar 등은 대신 더 매끄러운 손실 함수를 이유로 듭니다.</translation>
    </message>
    <message>
        <source>Small or large mini-batches?</source>
        <translation>작은 미니배치, 큰 미니배치?</translation>
    </message>
    <message>
        <source>The same network trains twice on 10,000 images for the same 2 epochs at the same learning rate: once with B = 16, once with B = 512.</source>
        <translation>같은 신경망을 10,000장의 이미지로, 같은 2 에포크 동안 같은 학습률로 두 번 학습합니다. 한 번은 B = 16, 한 번은 B = 512입니다.</translation>
    </message>
    <message>
        <source>Which batch size reaches the higher test accuracy?</source>
        <translation>어느 배치 크기가 더 높은 테스트 정확도에 도달할까요?</translation>
    </message>
    <message>
        <source>B = 16</source>
        <translation>B = 16</translation>
    </message>
    <message>
        <source>B = 512</source>
        <translation>B = 512</translation>
    </message>
    <message>
        <source>B = 16: test accuracy</source>
        <translation>B = 16: 테스트 정확도</translation>
    </message>
    <message>
        <source>B = 512: test accuracy</source>
        <translation>B = 512: 테스트 정확도</translation>
    </message>
    <message>
        <source>The small batch won by {acc_lead:1} points.</source>
        <translation>작은 배치가 {acc_lead:1}%p 차이로 이겼습니다.</translation>
    </message>
    <message>
        <source>A larger batch gives a less noisy gradient, but in the same epochs it takes far fewer steps.</source>
        <translation>큰 배치는 덜 흔들리는 기울기를 주지만, 같은 에포크 동안 훨씬 적은 스텝을 밟습니다.</translation>
    </message>
    <message>
        <source>The small batch&apos;s lead is {acc_lead:1} points: the large batch won.</source>
        <translation>작은 배치의 차이는 {acc_lead:1}%p로, 큰 배치가 이겼습니다.</translation>
    </message>
    <message>
        <source>With this learning rate the small batch&apos;s noise hurt more than its extra steps helped.</source>
        <translation>이 학습률에서는 작은 배치의 노이즈가 더 많은 스텝의 이득보다 컸습니다.</translation>
    </message>
    <message>
        <source>At this budget the number of steps did not decide the result.</source>
        <translation>이 학습량에서는 스텝 수가 결과를 가르지 않았습니다.</translation>
    </message>
    <message>
        <source>Why: the number of updates</source>
        <translation>이유: 업데이트 횟수</translation>
    </message>
    <message>
        <source>Both runs saw every image twice. Count how often each one updated its weights.</source>
        <translation>두 실행 모두 모든 이미지를 두 번씩 봤습니다. 각각 가중치를 몇 번 업데이트했는지 세어 보세요.</translation>
    </message>
    <message>
        <source>B = 16: updates</source>
        <translation>B = 16: 업데이트 횟수</translation>
    </message>
    <message>
        <source>B = 512: updates</source>
        <translation>B = 512: 업데이트 횟수</translation>
    </message>
    <message>
        <source>B = 16 made {updates_ratio:0} times as many updates as B = 512.</source>
        <translation>B = 16은 B = 512보다 {updates_ratio:0}배 많이 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Small batches update more often for the same data; the original study recommends a B between 8 and 32.</source>
        <translation>작은 배치는 같은 데이터로 더 자주 업데이트합니다. 원 논문은 8보다 크고 32보다 작은 B를 권합니다.</translation>
    </message>
    <message>
        <source>The batch sizes are too close for the number of updates to differ much.</source>
        <translation>배치 크기가 너무 비슷해서 업데이트 횟수가 크게 다르지 않습니다.</translation>
    </message>
    <message>
        <source>Here the slower unscaled weight is already {none.slow_done:0}% of the way there, the faster {none.fast_done:0}%.</source>
        <translation>여기서는 스케일링하지 않은 느린 가중치도 이미 {none.slow_done:0}%를 갔고, 빠른 가중치는 {none.fast_done:0}%를 갔습니다.</translation>
    </message>
    <message>
        <source>On this run the plain network&apos;s inputs drifted {drift_ratio:1} times as far as BN&apos;s: less than three times.</source>
        <translation>이번 실행에서 일반 신경망의 입력은 BN의 {drift_ratio:1}배만큼 이동했습니다. 세 배에 못 미칩니다.</translation>
    </message>
    <message>
        <source>On this run the plain network&apos;s band moved {plain.drift.band:2} and BN&apos;s {bn.drift.band:2}: less than three times as far.</source>
        <translation>이번 실행에서 일반 신경망의 띠는 {plain.drift.band:2}, BN의 띠는 {bn.drift.band:2}만큼 이동했습니다. 세 배에 못 미칩니다.</translation>
    </message>
    <message>
        <source>The last BN layer follows a conv layer of {conv.channels:0} channels and holds {bn.gamma.count:0} γ values: one per channel, shared by every position.</source>
        <translation>마지막 BN 층은 채널 {conv.channels:0}개짜리 합성곱 층 뒤에 있고 γ 값이 {bn.gamma.count:0}개입니다. 채널마다 하나이고 모든 위치가 함께 씁니다.</translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values for {conv.channels:0} channels: more than one per channel.</source>
        <translation>채널 {conv.channels:0}개에 γ 값이 {bn.gamma.count:0}개 있습니다. 채널마다 하나보다 많습니다.</translation>
    </message>
    <message>
        <source>This is not the per-channel BN of a CNN.</source>
        <translation>CNN의 채널별 BN이 아닙니다.</translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values for {conv.channels:0} channels: fewer than one per channel.</source>
        <translation>채널 {conv.channels:0}개에 γ 값이 {bn.gamma.count:0}개 있습니다. 채널마다 하나보다 적습니다.</translation>
    </message>
    <message>
        <source>Conv → BN → ReLU: who is ahead after 300 steps?</source>
        <translation>Conv → BN → ReLU: 300스텝 뒤 누가 앞설까?</translation>
    </message>
    <message>
        <source>After {step:0} steps the BN network has {bn.test_acc:1}% and the plain one {plain.test_acc:1}%: BN is {acc_lead:1} points ahead.</source>
        <translation>{step:0}스텝 뒤 BN 신경망은 {bn.test_acc:1}%, 일반 신경망은 {plain.test_acc:1}%입니다. BN이 {acc_lead:1}%p 앞섭니다.</translation>
    </message>
    <message>
        <source>After {step:0} steps the plain network is ahead: {plain.test_acc:1}% against BN&apos;s {bn.test_acc:1}%.</source>
        <translation>{step:0}스텝 뒤 일반 신경망이 앞섭니다. {plain.test_acc:1}% 대 BN의 {bn.test_acc:1}%입니다.</translation>
    </message>
    <message>
        <source>After {step:0} steps the two are within a point: BN {bn.test_acc:1}%, plain {plain.test_acc:1}%.</source>
        <translation>{step:0}스텝 뒤 두 신경망의 차이는 1%p 이내입니다. BN {bn.test_acc:1}%, 일반 {plain.test_acc:1}%.</translation>
    </message>
    <message>
        <source>With ReLU and He initialisation the plain CNN kept pace on this run.</source>
        <translation>ReLU와 He 초기화 덕분에 이번 실행에서는 일반 CNN도 뒤지지 않았습니다.</translation>
    </message>
    <message>
        <source>From the same tiny weights BN reached {bn.test_acc:1}% and the plain network {plain.test_acc:1}%: within 10 points.</source>
        <translation>같은 아주 작은 가중치에서 시작해 BN은 {bn.test_acc:1}%, 일반 신경망은 {plain.test_acc:1}%에 이르렀습니다. 차이는 10%p 이내입니다.</translation>
    </message>
    <message>
        <source>This run shows a smaller gap, not its cause; the noise is expected to matter most in long runs that overfit.</source>
        <translation>이 실행은 간격이 더 작다는 것을 보여 줄 뿐 그 원인을 보여 주지는 않습니다. 잡음의 효과는 과적합이 일어나는 긴 학습에서 가장 클 것으로 봅니다.</translation>
    </message>
    <message>
        <source>BN&apos;s gradient change is {bn.ics:2}, the plain network&apos;s {plain.ics:2}: less than half on this run.</source>
        <translation>BN의 기울기 변화는 {bn.ics:2}, 일반 신경망은 {plain.ics:2}입니다. 이번 실행에서는 절반에 못 미칩니다.</translation>
    </message>
    <message>
        <source>Here BN did reduce the shift as this measure sees it; Santurkar et al. found runs where it did not, and point to a smoother loss.</source>
        <translation>이 척도로 보면 여기서는 BN이 이동을 줄였습니다. Santurkar 등은 그렇지 않은 경우도 찾았고, 더 매끄러운 손실을 이유로 듭니다.</translation>
    </message>
    <message>
        <source>The two batch sizes ended within 2 points of each other ({acc_lead:1}).</source>
        <translation>두 배치 크기의 결과 차이는 2%p 이내입니다({acc_lead:1}).</translation>
    </message>
    <message>
        <source>B = 16 made {updates_ratio:1} times as many updates as B = 512: not ten times.</source>
        <translation>B = 16은 B = 512보다 {updates_ratio:1}배 많이 갱신했습니다. 열 배에는 못 미칩니다.</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Synthetic houses</source>
        <translation>합성 주택 데이터</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Same learning rate for all</source>
        <translation>모두 같은 학습률</translation>
    </message>
    <message>
        <source>Same fraction of each plot&apos;s 2/λmax</source>
        <translation>각 그림의 2/λmax에 같은 비율</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Two moons (2-D)</source>
        <translation>두 개의 반달 (2차원)</translation>
    </message>
    <message>
        <source>Circles (2-D)</source>
        <translation>동심원 (2차원)</translation>
    </message>
    <message>
        <source>XOR (2-D)</source>
        <translation>XOR (2차원)</translation>
    </message>
    <message>
        <source>Spirals (2-D)</source>
        <translation>나선 (2차원)</translation>
    </message>
    <message>
        <source>Blobs (2-D)</source>
        <translation>덩어리 (2차원)</translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation>IDX 폴더</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation>Min-max로 [0, 1]</translation>
    </message>
    <message>
        <source>Z-score (x − μ) / σ</source>
        <translation>Z-score (x − μ) / σ</translation>
    </message>
    <message>
        <source>MLP (dense layers)</source>
        <translation>MLP (완전 연결층)</translation>
    </message>
    <message>
        <source>Small CNN (per-channel BN)</source>
        <translation>작은 CNN (채널별 BN)</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Sigmoid 1 / (1 + e^−z)</source>
        <translation>시그모이드 1 / (1 + e^−z)</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU max(0, z)</source>
        <translation>ReLU max(0, z)</translation>
    </message>
    <message>
        <source>Before the activation (paper)</source>
        <translation>활성화 함수 앞 (논문)</translation>
    </message>
    <message>
        <source>After the activation</source>
        <translation>활성화 함수 뒤</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>학습함</translation>
    </message>
    <message>
        <source>Frozen at γ = 1, β = 0</source>
        <translation>γ = 1, β = 0으로 고정</translation>
    </message>
    <message>
        <source>Gaussian N(0, std²)</source>
        <translation>가우스 N(0, std²)</translation>
    </message>
    <message>
        <source>Xavier (std √(2 / (in + out)))</source>
        <translation>Xavier (std √(2 / (in + out)))</translation>
    </message>
    <message>
        <source>He (std √(2 / in))</source>
        <translation>He (std √(2 / in))</translation>
    </message>
    <message>
        <source>Running statistics (eval)</source>
        <translation>이동 통계 (평가)</translation>
    </message>
    <message>
        <source>Batch statistics (train)</source>
        <translation>배치 통계 (학습)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Linear in B</source>
        <translation>B에 비례</translation>
    </message>
    <message>
        <source>Square root of B</source>
        <translation>B의 제곱근에 비례</translation>
    </message>
    <message>
        <source>Batch norm (BN)</source>
        <translation>배치 정규화 (BN)</translation>
    </message>
    <message>
        <source>Layer norm (LN)</source>
        <translation>층 정규화 (LN)</translation>
    </message>
    <message>
        <source>Group norm (GN)</source>
        <translation>그룹 정규화 (GN)</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>Allowed: %1</source>
        <translation>허용 범위: %1</translation>
    </message>
    <message>
        <source>synthetic two-feature regression set, or a CSV file</source>
        <translation>합성 2-특성 회귀 데이터, 또는 CSV 파일</translation>
    </message>
    <message>
        <source>csv: the file</source>
        <translation>csv: 파일</translation>
    </message>
    <message>
        <source>csv: column name of feature 1</source>
        <translation>csv: 특성 1의 열 이름</translation>
    </message>
    <message>
        <source>csv: column name of feature 2</source>
        <translation>csv: 특성 2의 열 이름</translation>
    </message>
    <message>
        <source>csv: column name of the target</source>
        <translation>csv: 목표값의 열 이름</translation>
    </message>
    <message>
        <source>synthetic: number of examples</source>
        <translation>합성: 예제 수</translation>
    </message>
    <message>
        <source>synthetic: standard deviation of feature 1 (e.g. area in m^2)</source>
        <translation>합성: 특성 1의 표준편차 (예: 면적, m^2)</translation>
    </message>
    <message>
        <source>synthetic: mean of feature 1</source>
        <translation>합성: 특성 1의 평균</translation>
    </message>
    <message>
        <source>synthetic: standard deviation of feature 2 (e.g. rooms)</source>
        <translation>합성: 특성 2의 표준편차 (예: 방 수)</translation>
    </message>
    <message>
        <source>synthetic: mean of feature 2</source>
        <translation>합성: 특성 2의 평균</translation>
    </message>
    <message>
        <source>synthetic: correlation between the two features</source>
        <translation>합성: 두 특성 사이의 상관계수</translation>
    </message>
    <message>
        <source>synthetic: target weight of feature 1</source>
        <translation>합성: 특성 1의 참 가중치</translation>
    </message>
    <message>
        <source>synthetic: target weight of feature 2</source>
        <translation>합성: 특성 2의 참 가중치</translation>
    </message>
    <message>
        <source>synthetic: target intercept</source>
        <translation>합성: 참 절편</translation>
    </message>
    <message>
        <source>synthetic: std of the target noise</source>
        <translation>합성: 목표값 잡음의 표준편차</translation>
    </message>
    <message>
        <source>fit an intercept too, held at its best value for every (w1, w2); without one, shifting the features (min-max, z-score) changes the model</source>
        <translation>절편도 적합합니다. 모든 (w1, w2)에서 최적값으로 둡니다. 절편이 없으면 특성을 이동하는 것(min-max, z-score)이 모델을 바꿉니다</translation>
    </message>
    <message>
        <source>gradient descent, momentum or Adam</source>
        <translation>경사 하강법, 모멘텀 또는 Adam</translation>
    </message>
    <message>
        <source>momentum optimiser: coefficient</source>
        <translation>모멘텀 옵티마이저: 계수</translation>
    </message>
    <message>
        <source>same lr for all scalings, or the same fraction of each one&apos;s 2/lambda_max</source>
        <translation>모든 스케일링에 같은 학습률, 또는 각자의 2/lambda_max에 대한 같은 비율</translation>
    </message>
    <message>
        <source>learning rate when lr_mode is same</source>
        <translation>lr_mode가 same일 때의 학습률</translation>
    </message>
    <message>
        <source>lr as a fraction of 2/lambda_max when lr_mode is fraction</source>
        <translation>lr_mode가 fraction일 때 2/lambda_max에 대한 비율로 나타낸 학습률</translation>
    </message>
    <message>
        <source>mini-batch size for noisy SGD paths (0 = full batch)</source>
        <translation>잡음 있는 SGD 경로의 미니배치 크기 (0 = 전체 배치)</translation>
    </message>
    <message>
        <source>starting weight w1 (all scalings)</source>
        <translation>시작 가중치 w1 (모든 스케일링)</translation>
    </message>
    <message>
        <source>starting weight w2 (all scalings)</source>
        <translation>시작 가중치 w2 (모든 스케일링)</translation>
    </message>
    <message>
        <source>optimisation steps per scaling</source>
        <translation>스케일링마다의 최적화 스텝 수</translation>
    </message>
    <message>
        <source>converged when |w - w*| &lt;= tolerance * |w0 - w*| and loss - min &lt;= tolerance * (initial loss - min)</source>
        <translation>|w - w*| &lt;= tolerance * |w0 - w*| 이고 loss - min &lt;= tolerance * (초기 loss - min)이면 수렴</translation>
    </message>
    <message>
        <source>contour grid resolution per axis</source>
        <translation>축마다의 등고선 격자 해상도</translation>
    </message>
    <message>
        <source>number of contour levels</source>
        <translation>등고선 수준의 개수</translation>
    </message>
    <message>
        <source>training data: Fashion-MNIST, a synthetic 2-D set, an IDX folder or a CSV file</source>
        <translation>학습 데이터: Fashion-MNIST, 합성 2차원 데이터, IDX 폴더 또는 CSV 파일</translation>
    </message>
    <message>
        <source>fashion-mnist/idx: folder with {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz] (empty = the system Fashion-MNIST); csv: the file</source>
        <translation>fashion-mnist/idx: {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz] 파일이 있는 폴더 (비우면 시스템의 Fashion-MNIST); csv: 파일</translation>
    </message>
    <message>
        <source>csv: name of the label column (empty = last column)</source>
        <translation>csv: 레이블 열의 이름 (비우면 마지막 열)</translation>
    </message>
    <message>
        <source>training examples used (0 = all; synthetic sets: how many to generate)</source>
        <translation>사용할 학습 예제 수 (0 = 전부; 합성 데이터: 생성할 개수)</translation>
    </message>
    <message>
        <source>test examples used for evaluation (0 = all)</source>
        <translation>평가에 쓸 테스트 예제 수 (0 = 전부)</translation>
    </message>
    <message>
        <source>synthetic/csv: fraction held out as the test split</source>
        <translation>합성/csv: 테스트용으로 떼어 두는 비율</translation>
    </message>
    <message>
        <source>synthetic sets: noise level</source>
        <translation>합성 데이터: 잡음 수준</translation>
    </message>
    <message>
        <source>input feature scaling, fitted on the training split only</source>
        <translation>입력 특성 스케일링, 학습 데이터로만 맞춤</translation>
    </message>
    <message>
        <source>mlp, or a small CNN (conv3x3-BN-ReLU twice, pooling, dense) for image data</source>
        <translation>MLP, 또는 이미지 데이터용 작은 CNN (conv3x3-BN-ReLU 두 번, 풀링, 완전 연결층)</translation>
    </message>
    <message>
        <source>mlp: number of hidden layers</source>
        <translation>MLP: 은닉층 수</translation>
    </message>
    <message>
        <source>mlp: units per hidden layer</source>
        <translation>MLP: 은닉층당 유닛 수</translation>
    </message>
    <message>
        <source>cnn: channels of each conv layer</source>
        <translation>CNN: 각 합성곱 층의 채널 수</translation>
    </message>
    <message>
        <source>cnn: pooling after the conv layers</source>
        <translation>CNN: 합성곱 층 뒤의 풀링</translation>
    </message>
    <message>
        <source>hidden-layer nonlinearity (cnn conv layers always use relu)</source>
        <translation>은닉층의 비선형 함수 (CNN 합성곱 층은 항상 ReLU)</translation>
    </message>
    <message>
        <source>batch norm before (as in the paper) or after the activation</source>
        <translation>배치 정규화를 활성화 함수 앞(논문과 같이) 또는 뒤에 둠</translation>
    </message>
    <message>
        <source>BN gamma/beta learnable, or frozen at 1/0</source>
        <translation>BN의 γ/β를 학습하거나 1/0으로 고정</translation>
    </message>
    <message>
        <source>running-statistics momentum (PyTorch convention)</source>
        <translation>이동 통계의 모멘텀 (PyTorch 방식)</translation>
    </message>
    <message>
        <source>added to the batch variance</source>
        <translation>배치 분산에 더하는 값</translation>
    </message>
    <message>
        <source>evaluate BN with running statistics (eval) or batch statistics (train)</source>
        <translation>평가 때 BN이 이동 통계(eval) 또는 배치 통계(train)를 씀</translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>gaussian init: weight standard deviation</source>
        <translation>가우스 초기화: 가중치 표준편차</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>momentum optimiser: momentum coefficient</source>
        <translation>모멘텀 옵티마이저: 모멘텀 계수</translation>
    </message>
    <message>
        <source>bins of the pre-activation histograms</source>
        <translation>활성화 전 값 히스토그램의 구간 수</translation>
    </message>
    <message>
        <source>sigmoid saturated when within eps of 0 or 1: |z| &gt; ln(1/eps - 1)</source>
        <translation>시그모이드가 0 또는 1에서 eps 이내이면 포화: |z| &gt; ln(1/eps - 1)</translation>
    </message>
    <message>
        <source>measure gradient-difference ICS and loss smoothness at each evaluation (costly)</source>
        <translation>평가 때마다 기울기 차이 ICS와 손실의 매끄러움을 측정 (비용이 큼)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>mini-batch size (at least 2: BN needs a batch variance)</source>
        <translation>미니배치 크기 (최소 2: BN에는 배치 분산이 필요)</translation>
    </message>
    <message>
        <source>training steps per run</source>
        <translation>실행당 학습 스텝 수</translation>
    </message>
    <message>
        <source>random seed (data order, init, synthetic data)</source>
        <translation>난수 시드 (데이터 순서, 초기화, 합성 데이터)</translation>
    </message>
    <message>
        <source>runs per point, with seeds seed, seed+1, ...</source>
        <translation>점마다 실행 횟수, 시드는 seed, seed+1, ...</translation>
    </message>
    <message>
        <source>parallel runs (0 = automatic: cores - 1 in the app, every core headless)</source>
        <translation>동시 실행 수 (0 = 자동: 앱에서는 코어 수 - 1, 헤드리스에서는 모든 코어)</translation>
    </message>
    <message>
        <source>linear regression on two features: none vs min-max vs z-score scaling</source>
        <translation>두 특성의 선형 회귀: 스케일링 없음 vs 최소-최대 vs z-점수</translation>
    </message>
    <message>
        <source>twin networks with and without batch norm, same init and batches</source>
        <translation>배치 정규화가 있는 망과 없는 쌍둥이 망, 같은 초기화와 배치</translation>
    </message>
    <message>
        <source>steps between evaluations and probe rows (also after the last step)</source>
        <translation>평가와 측정 행 사이의 스텝 수 (마지막 스텝 뒤에도)</translation>
    </message>
    <message>
        <source>train a third network: the BN one with random per-unit shifts and scales injected after every BN layer, redrawn each step</source>
        <translation>세 번째 망을 학습: 모든 BN 층 뒤에 유닛마다 무작위 이동과 배율을 넣은 BN 망, 스텝마다 새로 뽑음</translation>
    </message>
    <message>
        <source>noisy BN strength s: shifts up to about 1.5 s, scales between 1/(1+s)^1.5 and (1+s)^1.5</source>
        <translation>잡음 BN 세기 s: 이동은 약 1.5 s까지, 배율은 1/(1+s)^1.5와 (1+s)^1.5 사이</translation>
    </message>
    <message>
        <source>final test accuracy vs initial weight std, with and without batch norm</source>
        <translation>초기 가중치 표준편차에 따른 최종 테스트 정확도, 배치 정규화 있음과 없음</translation>
    </message>
    <message>
        <source>gaussian init weight stds to sweep</source>
        <translation>훑어볼 가우스 초기화 가중치 표준편차들</translation>
    </message>
    <message>
        <source>lr = base_lr, base_lr * B, or base_lr * sqrt(B)</source>
        <translation>lr = base_lr, base_lr * B, 또는 base_lr * sqrt(B)</translation>
    </message>
    <message>
        <source>learning rate before the rule</source>
        <translation>규칙을 적용하기 전의 학습률</translation>
    </message>
    <message>
        <source>final test accuracy vs mini-batch size at a fixed budget of epochs</source>
        <translation>정해진 에포크 예산에서 미니배치 크기에 따른 최종 테스트 정확도</translation>
    </message>
    <message>
        <source>mini-batch sizes to sweep</source>
        <translation>훑어볼 미니배치 크기들</translation>
    </message>
    <message>
        <source>training budget in passes over the training set</source>
        <translation>학습 예산: 학습 데이터를 도는 횟수</translation>
    </message>
    <message>
        <source>training budget in examples seen instead (0 = use epochs)</source>
        <translation>대신 본 예제 수로 정한 학습 예산 (0 = 에포크 사용)</translation>
    </message>
    <message>
        <source>comma-separated lr rules to sweep, each point run with each: constant (lr = base_lr), linear (base_lr * B), sqrt (base_lr * sqrt(B))</source>
        <translation>쉼표로 구분한 학습률 규칙들, 각 점을 규칙마다 실행: constant (lr = base_lr), linear (base_lr * B), sqrt (base_lr * sqrt(B))</translation>
    </message>
    <message>
        <source>constant learning rates to run for every batch size (the lr x B map); empty = one lr per batch size from lr_rule and base_lr</source>
        <translation>모든 배치 크기에서 실행할 고정 학습률들 (lr × B 지도); 비우면 lr_rule과 base_lr로 배치 크기마다 학습률 하나</translation>
    </message>
    <message>
        <source>insert batch norm in every hidden layer</source>
        <translation>모든 은닉층에 배치 정규화를 넣음</translation>
    </message>
    <message>
        <source>with bn=true: run every point also without batch norm (both settings)</source>
        <translation>bn=true일 때: 모든 점을 배치 정규화 없이도 실행 (두 설정 모두)</translation>
    </message>
    <message>
        <source>learning-curve points per epoch</source>
        <translation>에포크당 학습 곡선 점 수</translation>
    </message>
    <message>
        <source>test examples per learning-curve point (0 = all; final numbers always use the whole test set)</source>
        <translation>학습 곡선 점마다 쓸 테스트 예제 수 (0 = 전부; 최종 수치는 항상 테스트 데이터 전체로)</translation>
    </message>
    <message>
        <source>the small-batch model&apos;s mini-batch size</source>
        <translation>작은 배치 모델의 미니배치 크기</translation>
    </message>
    <message>
        <source>the large-batch model&apos;s mini-batch size</source>
        <translation>큰 배치 모델의 미니배치 크기</translation>
    </message>
    <message>
        <source>the small-batch model&apos;s lr</source>
        <translation>작은 배치 모델의 학습률</translation>
    </message>
    <message>
        <source>the large-batch model&apos;s lr</source>
        <translation>큰 배치 모델의 학습률</translation>
    </message>
    <message>
        <source>both models train until their training loss is at most this</source>
        <translation>두 모델 모두 학습 손실이 이 값 이하가 될 때까지 학습</translation>
    </message>
    <message>
        <source>limit per model: a model that has not reached the target by then is reported as not reached</source>
        <translation>모델마다의 한도: 그때까지 목표에 닿지 못한 모델은 도달하지 못했다고 알림</translation>
    </message>
    <message>
        <source>training-loss checks (and learning-curve points) per epoch</source>
        <translation>에포크당 학습 손실 확인 (과 학습 곡선 점) 횟수</translation>
    </message>
    <message>
        <source>training rows the training loss and accuracy are measured on</source>
        <translation>학습 손실과 정확도를 잴 학습 데이터 행 수</translation>
    </message>
    <message>
        <source>points of w(alpha) for alpha in [-0.5, 1.5]</source>
        <translation>alpha ∈ [-0.5, 1.5]에서 w(alpha)의 점 수</translation>
    </message>
    <message>
        <source>box half-width relative to each weight: epsilon (|w| + 1)</source>
        <translation>각 가중치에 대한 상자의 반폭: epsilon (|w| + 1)</translation>
    </message>
    <message>
        <source>projected gradient-ascent steps</source>
        <translation>사영 경사 상승 스텝 수</translation>
    </message>
    <message>
        <source>training rows the sharpness loss is measured on</source>
        <translation>날카로움 손실을 잴 학습 데이터 행 수</translation>
    </message>
    <message>
        <source>final test accuracy vs mini-batch size for each normaliser, and BN&apos;s batch vs running statistics</source>
        <translation>정규화 방법마다 미니배치 크기에 따른 최종 테스트 정확도, 그리고 BN의 배치 통계 vs 이동 통계</translation>
    </message>
    <message>
        <source>cnn: units of a normalised dense layer between the last pooling and the output (0 = none)</source>
        <translation>CNN: 마지막 풀링과 출력 사이 정규화된 완전 연결층의 유닛 수 (0 = 없음)</translation>
    </message>
    <message>
        <source>comma-separated normalisers to compare: none, batch, layer, group</source>
        <translation>쉼표로 구분한, 비교할 정규화 방법: none, batch, layer, group</translation>
    </message>
    <message>
        <source>group norm: channel groups G (1 = layer norm, G = channels = instance norm); must divide every normalised width</source>
        <translation>그룹 정규화: 채널 그룹 수 G (1 = 층 정규화, G = 채널 수 = 인스턴스 정규화); 정규화되는 모든 폭을 나누어떨어지게 해야 함</translation>
    </message>
    <message>
        <source>training budget in passes over the training set, equal for every B</source>
        <translation>학습 예산: 학습 데이터를 도는 횟수, 모든 B에 같게</translation>
    </message>
    <message>
        <source>batch norm: training batches of B measuring batch vs running statistics</source>
        <translation>배치 정규화: 배치 통계 vs 이동 통계를 잴 크기 B의 학습 배치 수</translation>
    </message>
    <message>
        <source>the normaliser of the twin the plain network is compared with: batch norm (statistics over the batch), layer norm or group norm (over each sample&apos;s own units)</source>
        <translation>일반 신경망과 비교할 쌍둥이의 정규화: 배치 정규화(배치 전체의 통계), 층 정규화 또는 그룹 정규화(각 샘플 자신의 유닛에 대한 통계)</translation>
    </message>
    <message>
        <source>small vs large batch trained to the same training loss: test accuracy, loss along the line between them, epsilon-sharpness, 2-D loss slices</source>
        <translation>같은 학습 손실까지 학습한 작은 배치와 큰 배치: 테스트 정확도, 둘 사이 직선 위의 손실, epsilon-날카로움, 2차원 손실 단면</translation>
    </message>
    <message>
        <source>2-D loss slice: a and b in [-radius, radius] along two filter-normalised random directions</source>
        <translation>2차원 손실 단면: 필터 정규화된 두 무작위 방향을 따라 a, b는 [-radius, radius]</translation>
    </message>
    <message>
        <source>2-D loss slice: grid points per side (odd: the solution is the centre)</source>
        <translation>2차원 손실 단면: 한 변의 격자점 수 (홀수: 해가 중심)</translation>
    </message>
    <message>
        <source>training rows the 2-D slice&apos;s loss is measured on</source>
        <translation>2차원 단면의 손실을 재는 학습 데이터 행 수</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>&lt;h3&gt;Why scale features?&lt;/h3&gt;&lt;p&gt;Gradient descent moves every weight by the slope of the loss in that weight&apos;s direction. When one feature is measured in hundreds (a flat&apos;s area in m&amp;sup2;) and another in single digits (its number of rooms), the loss is hundreds of times steeper along one weight than along the other. The contours become a long, narrow valley.&lt;/p&gt;&lt;p&gt;In such a valley the gradient points mostly across the valley, not along it. A step large enough to make progress along the floor overshoots the steep walls, so the learning rate must stay small and the path zig-zags. The optimiser ends up busy with whichever weight has the steepest slope, whether or not that weight matters most.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Min-max scaling&lt;/b&gt; maps each feature onto [0, 1]: x&apos; = (x &amp;minus; min) / (max &amp;minus; min). &lt;b&gt;Z-score standardisation&lt;/b&gt; gives each feature mean 0 and standard deviation 1: x&apos; = (x &amp;minus; &amp;mu;) / &amp;sigma;. After z-scoring, uncorrelated features give round contours and the gradient points straight at the minimum.&lt;/p&gt;&lt;p&gt;The numbers under each plot tell the same story. The Hessian&apos;s eigenvalues &amp;lambda;&lt;sub&gt;max&lt;/sub&gt; and &amp;lambda;&lt;sub&gt;min&lt;/sub&gt; measure the steepest and the flattest curvature; their ratio, the condition number &amp;kappa;, measures how narrow the valley is. Plain gradient descent is stable only for learning rates below 2/&amp;lambda;&lt;sub&gt;max&lt;/sub&gt;, and the number of steps it needs grows roughly with &amp;kappa;. Correlated features stay elongated even after z-scoring: &amp;kappa; = (1 + &amp;rho;) / (1 &amp;minus; &amp;rho;).&lt;/p&gt;&lt;p&gt;The mini-batch slider shares its batch size with the batch-size lab: small batches make the path noisy, because each step sees only a sample of the data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;왜 특성을 스케일링할까요?&lt;/h3&gt;&lt;p&gt;경사 하강법은 각 가중치를 그 방향의 손실 기울기만큼 움직입니다. 한 특성은 수백 단위(아파트 면적, m&amp;sup2;)로, 다른 특성은 한 자릿수(방 개수)로 측정되면, 손실은 한 가중치 방향으로 다른 방향보다 수백 배 가파릅니다. 등고선은 길고 좁은 골짜기가 됩니다.&lt;/p&gt;&lt;p&gt;이런 골짜기에서 기울기는 골짜기를 따라가지 않고 대부분 가로질러 향합니다. 골짜기 바닥을 따라 나아갈 만큼 큰 걸음은 가파른 벽을 넘어가 버리므로, 학습률을 작게 유지해야 하고 경로는 지그재그로 움직입니다. 최적화는 그 가중치가 정말 중요한지와 상관없이 기울기가 가장 가파른 가중치에만 매달리게 됩니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Min-max 스케일링&lt;/b&gt;은 각 특성을 [0, 1]로 옮깁니다: x&apos; = (x &amp;minus; min) / (max &amp;minus; min). &lt;b&gt;Z-score 표준화&lt;/b&gt;는 각 특성을 평균 0, 표준편차 1로 만듭니다: x&apos; = (x &amp;minus; &amp;mu;) / &amp;sigma;. 상관없는 특성을 z-score로 바꾸면 등고선이 둥글어지고 기울기가 최솟값을 곧장 가리킵니다.&lt;/p&gt;&lt;p&gt;각 그림 아래의 숫자도 같은 이야기를 합니다. 헤시안의 고윳값 &amp;lambda;&lt;sub&gt;max&lt;/sub&gt;와 &amp;lambda;&lt;sub&gt;min&lt;/sub&gt;은 가장 가파른 곡률과 가장 평평한 곡률이고, 그 비인 조건수 &amp;kappa;는 골짜기가 얼마나 좁은지를 나타냅니다. 단순 경사 하강법은 학습률이 2/&amp;lambda;&lt;sub&gt;max&lt;/sub&gt;보다 작을 때만 안정하며, 필요한 걸음 수는 대략 &amp;kappa;에 비례해 늘어납니다. 상관된 특성은 z-score 뒤에도 길쭉하게 남습니다: &amp;kappa; = (1 + &amp;rho;) / (1 &amp;minus; &amp;rho;).&lt;/p&gt;&lt;p&gt;미니배치 슬라이더는 배치 크기 실험과 같은 배치 크기 개념을 씁니다. 작은 배치는 매 걸음 데이터의 일부만 보므로 경로가 흔들립니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internal covariate shift&lt;/h3&gt;&lt;p&gt;Every hidden layer learns from the outputs of the layer below. As the lower layers update their weights, the distribution of those outputs keeps moving, so each layer chases a target that shifts under it. The effect compounds with depth: a small change near the input can become a large change near the output, and one unit with unusually large values can dominate the layer above it.&lt;/p&gt;&lt;h3&gt;What batch normalization does&lt;/h3&gt;&lt;p&gt;Inside the network, for every unit and every mini-batch, batch normalization subtracts the batch mean &amp;mu;&lt;sub&gt;B&lt;/sub&gt; and divides by the batch standard deviation: x&lt;sub&gt;norm&lt;/sub&gt; = (x &amp;minus; &amp;mu;&lt;sub&gt;B&lt;/sub&gt;) / &amp;radic;(&amp;sigma;&lt;sub&gt;B&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;epsilon;). It then scales and shifts the result with two parameters of its own, y = &amp;gamma; x&lt;sub&gt;norm&lt;/sub&gt; + &amp;beta;, which are learnt by backpropagation like any weight. At test time the running averages of the mean and variance replace the batch statistics.&lt;/p&gt;&lt;h3&gt;Why &amp;gamma; and &amp;beta; matter for a sigmoid&lt;/h3&gt;&lt;p&gt;A standard normal input keeps 95% of its values between &amp;minus;1.96 and +1.96, and over that interval the sigmoid is almost a straight line. Normalisation alone would therefore turn a sigmoid network into a nearly linear one. With learnable &amp;gamma; and &amp;beta; the network can widen or move the distribution back into the curved part whenever that helps. Freeze them at 1 and 0 to see the inputs pinned to the linear band.&lt;/p&gt;&lt;h3&gt;In a convolutional network&lt;/h3&gt;&lt;p&gt;The order is convolution, then batch normalization, then the activation. Statistics are taken per channel, over the batch and every position of the feature map, so each channel has one &amp;gamma; and one &amp;beta;. The convolution&apos;s bias is dropped because &amp;beta; already does its job.&lt;/p&gt;&lt;h3&gt;What it buys&lt;/h3&gt;&lt;p&gt;Training becomes faster and usually reaches a better result. Each sample is normalised with statistics of the other samples in its batch, which adds a little noise that acts as a regulariser. And the network becomes far less sensitive to how its weights were initialised: sweep the initial standard deviation and compare the two curves.&lt;/p&gt;&lt;h3&gt;Is it really covariate shift?&lt;/h3&gt;&lt;p&gt;Santurkar et al. (2018) questioned the explanation: measured by how much a layer&apos;s gradient changes when the layers below take their step, a BN network need not have less shift than a plain one. What BN clearly does is make the loss landscape smoother along the gradient, so larger steps stay safe. The last view measures both for the run on screen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;내부 공변량 변화 (Internal covariate shift)&lt;/h3&gt;&lt;p&gt;각 은닉층은 아래층의 출력을 보고 배웁니다. 아래층이 가중치를 바꾸면 그 출력의 분포도 계속 움직이므로, 각 층은 발밑에서 움직이는 목표를 쫓는 셈입니다. 이 효과는 깊이에 따라 쌓입니다: 입력 근처의 작은 변화가 출력 근처에서는 큰 변화가 되고, 값이 유난히 큰 유닛 하나가 위층을 좌우할 수 있습니다.&lt;/p&gt;&lt;h3&gt;배치 정규화가 하는 일&lt;/h3&gt;&lt;p&gt;배치 정규화는 신경망 안에서 유닛마다, 미니배치마다 배치 평균 &amp;mu;&lt;sub&gt;B&lt;/sub&gt;를 빼고 배치 표준편차로 나눕니다: x&lt;sub&gt;norm&lt;/sub&gt; = (x &amp;minus; &amp;mu;&lt;sub&gt;B&lt;/sub&gt;) / &amp;radic;(&amp;sigma;&lt;sub&gt;B&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;epsilon;). 그런 다음 자신의 두 파라미터로 크기와 위치를 바꿉니다: y = &amp;gamma; x&lt;sub&gt;norm&lt;/sub&gt; + &amp;beta;. 이 두 값은 다른 가중치처럼 역전파로 학습됩니다. 테스트할 때는 배치 통계 대신 평균과 분산의 이동 평균을 씁니다.&lt;/p&gt;&lt;h3&gt;시그모이드에서 &amp;gamma;와 &amp;beta;가 중요한 이유&lt;/h3&gt;&lt;p&gt;표준정규분포 입력은 값의 95%가 &amp;minus;1.96과 +1.96 사이에 있고, 이 구간에서 시그모이드는 거의 직선입니다. 정규화만 하면 시그모이드 신경망이 거의 선형이 되어 버립니다. 학습 가능한 &amp;gamma;와 &amp;beta;가 있으면 신경망은 필요할 때 분포를 넓히거나 옮겨 곡선 부분으로 되돌릴 수 있습니다. 둘을 1과 0에 고정하면 입력이 선형 구간에 묶이는 것을 볼 수 있습니다.&lt;/p&gt;&lt;h3&gt;합성곱 신경망에서&lt;/h3&gt;&lt;p&gt;순서는 합성곱, 배치 정규화, 활성화 함수입니다. 통계는 채널마다 배치와 특성 맵의 모든 위치에 걸쳐 구하므로, 채널마다 &amp;gamma;와 &amp;beta;가 하나씩 있습니다. &amp;beta;가 같은 일을 하므로 합성곱의 편향은 뺍니다.&lt;/p&gt;&lt;h3&gt;얻는 것&lt;/h3&gt;&lt;p&gt;학습이 빨라지고 보통 더 좋은 결과에 이릅니다. 각 샘플이 같은 배치의 다른 샘플들의 통계로 정규화되므로 작은 잡음이 더해지고, 이것이 규제 효과를 냅니다. 그리고 신경망이 가중치 초기화에 훨씬 덜 민감해집니다: 초기 표준편차를 바꿔 가며 두 곡선을 비교해 보세요.&lt;/p&gt;&lt;h3&gt;정말 공변량 변화 때문일까요?&lt;/h3&gt;&lt;p&gt;Santurkar 등(2018)은 이 설명에 의문을 던졌습니다: 아래층이 한 걸음 움직일 때 한 층의 기울기가 얼마나 바뀌는지로 재 보면, BN 신경망의 변화가 일반 신경망보다 꼭 적지는 않습니다. BN이 분명히 하는 일은 기울기 방향으로 손실 지형을 더 매끄럽게 만들어 큰 걸음도 안전하게 하는 것입니다. 마지막 보기는 화면의 실행에서 둘 다 측정합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;More shift, same benefit&lt;/h3&gt;&lt;p&gt;Their decisive experiment adds noise after every BN layer: a new random shift and scale per unit at every step, so the next layer&apos;s inputs move far more than in the plain network. If BN helped by keeping inputs still, this noisy BN network should train like the plain one. They found it trains about as well as BN: the benefit is not about shift; the smoother loss along the gradient is. The Noisy BN view runs this test and states what this run measured.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;더 큰 이동, 같은 이득&lt;/h3&gt;&lt;p&gt;그들의 결정적인 실험은 모든 BN 층 뒤에 잡음을 더합니다. 스텝마다 유닛별로 새로운 무작위 이동과 배율을 주므로, 다음 층의 입력은 일반 신경망에서보다 훨씬 크게 움직입니다. BN이 입력을 제자리에 붙잡아 두어서 도움이 되는 것이라면 이 잡음 BN 신경망은 일반 신경망처럼 학습해야 합니다. 그들은 이 신경망이 BN과 거의 같은 만큼 잘 학습한다는 것을 발견했습니다. 이득은 이동에서가 아니라 기울기 방향으로 더 매끄러운 손실에서 옵니다. 잡음 BN 보기가 이 실험을 돌리고 이번 실행에서 잰 값을 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Small batches often generalise better&lt;/h3&gt;&lt;p&gt;A large mini-batch gives a more accurate estimate of the gradient, so it seemed natural that it would also train a better model. Experiments say otherwise: with the same number of epochs, mini-batches of roughly 8 to 32 examples often reach a higher test accuracy than batches of hundreds or thousands.&lt;/p&gt;&lt;p&gt;Two reasons are usually given. A small batch takes many more, cheaper steps per epoch, so the weights are corrected more often. And the noise in a small batch&apos;s gradient keeps the optimiser from settling into sharp, narrow minima that fit the training set but not new data; large batches are drawn to those sharp minima.&lt;/p&gt;&lt;p&gt;The learning rate has to follow the batch size. With &lt;b&gt;linear scaling&lt;/b&gt; the rate grows in proportion to the batch (lr = base lr &amp;times; B), which keeps the update per example constant; &lt;b&gt;square-root scaling&lt;/b&gt; grows it with &amp;radic;B. With a constant rate, large batches simply take too few steps.&lt;/p&gt;&lt;p&gt;Batch normalization needs a reasonable batch too: with only two or four samples, the batch mean and variance are so noisy that training-mode results and evaluation-mode results drift apart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it:&lt;/b&gt; run the sweep and watch the accuracy-vs-B curve form; switch the learning curves to &lt;i&gt;updates&lt;/i&gt; and &lt;i&gt;wall time&lt;/i&gt; to see that small batches take many more, cheaper steps. The lr &amp;times; B map shows for which pairs training is stable at all, and marks each batch size&apos;s best rate with &amp;#9733;: does the small batch still win once every batch size has its own best rate?&lt;/p&gt;&lt;p&gt;The &lt;i&gt;Same training loss&lt;/i&gt; view puts the sharp-minimum explanation to the test. A small-batch and a large-batch model are trained until their training losses are equal; then it draws the loss along the straight line between the two solutions, measures how far the loss can rise in a small box around each, and shows a 2-D slice of the loss around each solution, along two random directions scaled to the weights filter by filter (Li et al. 2018). A flat minimum is a wide bowl whose loss rises slowly as the weights move; a sharp one is a narrow pit. Its text says which slice rose more in the result shown.&lt;/p&gt;&lt;p&gt;The batch-size slider of the feature-scaling lab uses the same idea: there each mini-batch gives a noisy gradient, and the descent path across the loss contours wanders more the smaller the batch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;작은 배치가 더 잘 일반화하는 경우가 많습니다&lt;/h3&gt;&lt;p&gt;큰 미니배치는 기울기를 더 정확히 추정하므로 더 좋은 모델을 학습할 것 같았습니다. 실험 결과는 달랐습니다: 같은 에폭 수라면 8에서 32개 정도의 미니배치가 수백, 수천 개짜리 배치보다 더 높은 테스트 정확도에 이르는 경우가 많습니다.&lt;/p&gt;&lt;p&gt;보통 두 가지 이유를 듭니다. 작은 배치는 에폭마다 더 많고 더 싼 걸음을 걸으므로 가중치를 더 자주 고칩니다. 그리고 작은 배치 기울기의 잡음이 학습 데이터에만 맞고 새 데이터에는 맞지 않는 뾰족하고 좁은 최솟값에 자리 잡지 않게 막아 줍니다. 큰 배치는 그런 뾰족한 최솟값으로 끌려갑니다.&lt;/p&gt;&lt;p&gt;학습률은 배치 크기를 따라가야 합니다. &lt;b&gt;선형 스케일링&lt;/b&gt;은 학습률을 배치에 비례해 키워(lr = 기본 lr &amp;times; B) 예제 하나당 업데이트를 일정하게 유지하고, &lt;b&gt;제곱근 스케일링&lt;/b&gt;은 &amp;radic;B에 비례해 키웁니다. 학습률이 일정하면 큰 배치는 걸음 수가 너무 적을 뿐입니다.&lt;/p&gt;&lt;p&gt;배치 정규화에도 적당한 배치가 필요합니다: 샘플이 두세 개뿐이면 배치 평균과 분산이 너무 흔들려서 학습 모드 결과와 평가 모드 결과가 벌어집니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;해 보기:&lt;/b&gt; 스윕을 실행하고 정확도-배치 크기 곡선이 만들어지는 것을 보세요. 학습 곡선을 &lt;i&gt;업데이트 수&lt;/i&gt;와 &lt;i&gt;실제 시간&lt;/i&gt;으로 바꾸면 작은 배치가 훨씬 많고 싼 걸음을 걷는다는 것을 볼 수 있습니다. lr &amp;times; B 지도는 어떤 조합에서 학습이 안정한지 보여 주고, 배치 크기마다 가장 좋은 학습률을 &amp;#9733;로 표시합니다: 배치 크기마다 제 학습률을 맞춰 주어도 작은 배치가 여전히 이길까요?&lt;/p&gt;&lt;p&gt;&lt;i&gt;같은 훈련 손실&lt;/i&gt; 보기는 뾰족한 최솟값 설명을 직접 시험합니다. 작은 배치 모델과 큰 배치 모델을 훈련 손실이 같아질 때까지 학습한 뒤, 두 해를 잇는 직선을 따라 손실을 그리고, 각 해 주위의 작은 상자 안에서 손실이 얼마나 오를 수 있는지 재고, 가중치에 맞춰 필터마다 크기를 맞춘 두 무작위 방향을 따라 각 해 주위 손실의 2차원 단면을 보여 줍니다(Li et al. 2018). 평평한 최솟값은 가중치가 움직여도 손실이 천천히 오르는 넓은 그릇이고, 뾰족한 최솟값은 좁은 구덩이입니다. 보기의 글은 보여 주는 결과에서 어느 단면이 더 많이 올랐는지 말해 줍니다.&lt;/p&gt;&lt;p&gt;특성 스케일링 실험의 배치 크기 슬라이더도 같은 개념을 씁니다: 거기서는 미니배치마다 기울기가 흔들리고, 배치가 작을수록 손실 등고선 위의 하강 경로가 더 많이 헤맵니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NormLab</source>
        <translation>NormLab</translation>
    </message>
    <message>
        <source>Reset the run</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Start again from fresh initial weights; lower the learning rate first</source>
        <translation>새 초기 가중치로 처음부터 다시 시작합니다. 먼저 학습률을 낮추세요</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지를 숨깁니다</translation>
    </message>
    <message>
        <source>One tab per lab; each keeps its own run</source>
        <translation>실험마다 탭이 하나씩 있고, 탭마다 자기 학습을 유지합니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;figure</source>
        <translation>그림 내보내기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>재생 도구</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>데이터셋 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Load a data set (MNIST-format IDX files, plain or .gz, or CSV) for the current lab</source>
        <translation>현재 실험에 쓸 데이터셋(MNIST 형식 IDX 파일, 일반 또는 .gz, 또는 CSV)을 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>실험 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Load an experiment file (versioned JSON) and restart the lab with it</source>
        <translation>실험 파일(버전이 있는 JSON)을 불러와 그 설정으로 실험을 다시 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>실험 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the current lab&apos;s settings as an experiment file (JSON)</source>
        <translation>현재 실험의 설정을 실험 파일(JSON)로 저장합니다</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>다른 이름으로 실험 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the current lab&apos;s settings under a new file name</source>
        <translation>현재 실험의 설정을 새 파일 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>PNG at &amp;1x…</source>
        <translation>PNG 1배(&amp;1)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at screen resolution</source>
        <translation>차트를 화면 해상도의 PNG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>PNG at &amp;2x…</source>
        <translation>PNG 2배(&amp;2)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at twice the screen resolution, for projectors</source>
        <translation>차트를 화면 해상도의 2배 PNG 이미지로 저장합니다(프로젝터용)</translation>
    </message>
    <message>
        <source>PNG at &amp;3x…</source>
        <translation>PNG 3배(&amp;3)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at three times the screen resolution, for print</source>
        <translation>차트를 화면 해상도의 3배 PNG 이미지로 저장합니다(인쇄용)</translation>
    </message>
    <message>
        <source>&amp;SVG…</source>
        <translation>&amp;SVG…</translation>
    </message>
    <message>
        <source>Save the chart as a scalable vector image (SVG)</source>
        <translation>차트를 크기 조절이 가능한 벡터 이미지(SVG)로 저장합니다</translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation>데이터를 CSV로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the current run&apos;s metrics, one row per recorded step, as CSV</source>
        <translation>현재 학습의 지표를 기록된 스텝마다 한 줄씩 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop training and close NormLab</source>
        <translation>학습을 멈추고 NormLab을 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with all text about 1.5 times larger, readable from the back of a room</source>
        <translation>전체 화면에 모든 글자를 약 1.5배 키워 강의실 뒤에서도 읽을 수 있게 합니다</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>영어(&amp;E)</translation>
    </message>
    <message>
        <source>Show NormLab in English</source>
        <translation>NormLab을 영어로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Korean (한국어)</source>
        <translation>한국어(&amp;K)</translation>
    </message>
    <message>
        <source>Show NormLab in Korean</source>
        <translation>NormLab을 한국어로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>모든 단축키를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;About NormLab</source>
        <translation>NormLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version and purpose of NormLab</source>
        <translation>NormLab의 버전과 목적</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>학습을 시작하거나 일시 정지합니다(Space)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>한 스텝(&amp;T)</translation>
    </message>
    <message>
        <source>Run one optimisation step (Shift: one epoch)</source>
        <translation>최적화 스텝을 한 번 실행합니다(Shift: 한 에폭)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>한 에폭(&amp;E)</translation>
    </message>
    <message>
        <source>Run one epoch: every mini-batch of the training set once</source>
        <translation>한 에폭를 실행합니다: 학습 세트의 모든 미니배치를 한 번씩</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Start the run again from fresh initial weights (R)</source>
        <translation>새 초기 가중치로 학습을 처음부터 다시 시작합니다(R)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the chart in front (the one with the keyboard focus, else the lab&apos;s main chart) to the clipboard as an image, for slides</source>
        <translation>앞에 보이는 차트(키보드 포커스가 있는 차트, 없으면 실험실의 주 차트)를 슬라이드용 이미지로 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Copy the chart in front to the clipboard as an image, for slides</source>
        <translation>앞에 보이는 차트를 슬라이드용 이미지로 클립보드에 복사합니다</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Fraction of the largest stable rate</source>
        <translation>최대 안정 학습률에 대한 비율</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Noise strength</source>
        <translation>잡음 세기</translation>
    </message>
    <message>
        <source>Start w1</source>
        <translation>시작점 w1</translation>
    </message>
    <message>
        <source>Start w2</source>
        <translation>시작점 w2</translation>
    </message>
    <message>
        <source>The run ignored a change meant for another lab.</source>
        <translation>다른 실험실을 위한 변경이어서 실행에 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 %2 was refused: it is not a finite number. The run keeps %3.</source>
        <translation>%1 %2은(는) 거부되었습니다: 유한한 수가 아닙니다. 실행은 %3을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>%1 %2 was refused: it must be above 0. The run keeps %3.</source>
        <translation>%1 %2은(는) 거부되었습니다: 0보다 커야 합니다. 실행은 %3을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>%1 %2 was refused: the smallest this run takes is %3. The run keeps %4.</source>
        <translation>%1 %2은(는) 거부되었습니다: 이 실행이 받는 가장 작은 값은 %3입니다. 실행은 %4을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>Batch size %1 was refused: the training set has only %2 examples. The run keeps batch size %3.</source>
        <translation>배치 크기 %1은(는) 거부되었습니다: 훈련 세트에는 예제가 %2개뿐입니다. 실행은 배치 크기 %3을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>%1 %2 was refused: the largest this run takes is %3. The run keeps %4.</source>
        <translation>%1 %2은(는) 거부되었습니다: 이 실행이 받는 가장 큰 값은 %3입니다. 실행은 %4을(를) 유지합니다.</translation>
    </message>
</context>
<context>
    <name>ScalingTexts</name>
    <message>
        <source>No scaling</source>
        <translation>스케일링 없음</translation>
    </message>
    <message>
        <source>Min-max scaling</source>
        <translation>Min-max 스케일링</translation>
    </message>
    <message>
        <source>Z-score scaling</source>
        <translation>Z-score 스케일링</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
</context>
<context>
    <name>normlab::app::AffineView</name>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <source>15–85%</source>
        <translation>15–85%</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>plain: γ ≡ 1</source>
        <translation>일반: γ ≡ 1</translation>
    </message>
    <message>
        <source>plain: β ≡ 0</source>
        <translation>일반: β ≡ 0</translation>
    </message>
    <message>
        <source>γ and β</source>
        <translation>γ와 β</translation>
    </message>
    <message>
        <source>γ and β are frozen at 1 and 0: every %1 unit&apos;s input stays standardized (mean 0, std 1).</source>
        <translation>γ와 β를 1과 0으로 고정합니다: 모든 %1 유닛의 입력이 표준화된 상태(평균 0, 표준편차 1)로 남습니다.</translation>
    </message>
    <message>
        <source>Which %1 layer&apos;s γ (scale) and β (shift) to show.</source>
        <translation>어느 %1 층의 γ(크기)와 β(이동)를 보여 줄지 고릅니다.</translation>
    </message>
    <message>
        <source>γ (scale) per unit — with %1</source>
        <translation>유닛별 γ (크기) — %1 사용</translation>
    </message>
    <message>
        <source>β (shift) per unit — with %1</source>
        <translation>유닛별 β (이동) — %1 사용</translation>
    </message>
    <message>
        <source>γ and β are learned: %1 normalizes, then y = γ·x&lt;sub&gt;norm&lt;/sub&gt; + β lets each unit choose its own scale and offset again (up to undoing %1 entirely).</source>
        <translation>γ와 β를 학습합니다: %1이(가) 정규화한 뒤 y = γ·x&lt;sub&gt;norm&lt;/sub&gt; + β로 각 유닛이 자신의 크기와 위치를 다시 고릅니다(%1을(를) 완전히 되돌리는 것까지 가능).</translation>
    </message>
</context>
<context>
    <name>normlab::app::AtomicFile</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchNormPage</name>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>the synthetic set &quot;%1&quot;</source>
        <translation>합성 데이터셋 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fashion-MNIST could not be loaded from %1 (%2). Install the Debian package dataset-fashion-mnist (sudo apt install dataset-fashion-mnist), or choose a synthetic data set.</source>
        <translation>%1에서 Fashion-MNIST를 불러올 수 없습니다 (%2). Debian 패키지 dataset-fashion-mnist를 설치하거나 (sudo apt install dataset-fashion-mnist) 합성 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The tracked unit changed</source>
        <translation>추적 유닛이 바뀌었습니다</translation>
    </message>
    <message>
        <source>Press Play to train both networks.</source>
        <translation>재생을 눌러 두 신경망을 학습하세요.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Data sets (*-ubyte *-ubyte.gz *.csv);;IDX files (*-ubyte *-ubyte.gz);;CSV files (*.csv)</source>
        <translation>데이터셋 (*-ubyte *-ubyte.gz *.csv);;IDX 파일 (*-ubyte *-ubyte.gz);;CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>A new data set was opened</source>
        <translation>새 데이터셋을 열었습니다</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>%1 has no class labels; the lab trains classifiers.</source>
        <translation>%1에는 클래스 레이블이 없습니다. 이 실험은 분류기를 학습시킵니다.</translation>
    </message>
    <message>
        <source>Unit %1 refused: the tracked layer has units 0 to %2; still tracking unit %3.</source>
        <translation>유닛 %1은(는) 받아들일 수 없습니다: 추적 층의 유닛은 0부터 %2까지입니다. 계속 유닛 %3을(를) 추적합니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>At chance: test accuracy %1 stayed within %2 points of chance (%3%) for the first %4 evaluations. Try a smaller learning rate or another initialisation.</source>
        <translation>우연 수준: 처음 %4번의 평가 동안 테스트 정확도(%1)가 우연 수준(%3%)에서 %2%p 안에 머물렀습니다. 더 작은 학습률이나 다른 초기화를 써 보세요.</translation>
    </message>
    <message>
        <source>the network %1 has a loss or weights that are no longer finite</source>
        <translation>%1 신경망의 손실이나 가중치가 더 이상 유한하지 않습니다</translation>
    </message>
    <message>
        <source>Step %1: the network %2 diverged at learning rate %3. Lower the learning rate or the initial weight scale, then reset.</source>
        <translation>스텝 %1: %2 신경망이 학습률 %3에서 발산했습니다. 학습률이나 초기 가중치 크기를 낮춘 뒤 초기화하세요.</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test examples, %4 inputs, %5 classes.</source>
        <translation>%1: 학습 예제 %2개, 테스트 예제 %3개, 입력 %4개, 클래스 %5개.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; choose a data set to train on.</source>
        <translation>%1 불러오기를 취소했습니다. 학습할 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <source>Loading cancelled: the run keeps its data.</source>
        <translation>불러오기를 취소했습니다. 실행은 기존 데이터를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file or folder.</source>
        <translation>%1을(를) 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchSizePage</name>
    <message>
        <source>with BN</source>
        <translation>BN 사용</translation>
    </message>
    <message>
        <source>Final test accuracy (%) by learning rate and batch size (%1, %2)</source>
        <translation>학습률과 배치 크기별 최종 테스트 정확도 (%) (%1, %2)</translation>
    </message>
    <message>
        <source>no BN</source>
        <translation>BN 없음</translation>
    </message>
    <message>
        <source>Same training loss</source>
        <translation>같은 훈련 손실</translation>
    </message>
    <message>
        <source>Small vs large batch trained to the same training loss: test accuracy, the loss between them and their sharpness</source>
        <translation>같은 훈련 손실까지 학습한 작은 배치와 큰 배치: 테스트 정확도, 둘 사이의 손실, 날카로움</translation>
    </message>
    <message>
        <source>The final test loss is higher than before training: the loss blew up.</source>
        <translation>최종 테스트 손실이 학습 전보다 높습니다: 손실이 폭주했습니다.</translation>
    </message>
    <message>
        <source>Under-trained</source>
        <translation>학습 부족</translation>
    </message>
    <message>
        <source>Training accuracy %1 % stayed near chance after %2 updates: too few or too small steps, not poor generalisation.</source>
        <translation>업데이트 %2번 뒤에도 훈련 정확도가 %1 %로 우연 수준에 머물렀습니다: 걸음이 너무 적거나 작았던 것이지 일반화가 나쁜 것이 아닙니다.</translation>
    </message>
    <message>
        <source>diverged or under-trained: not a generalisation result</source>
        <translation>발산 또는 학습 부족: 일반화 결과가 아님</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured in this sweep:&lt;/b&gt; nothing yet. Press Run sweep; the sentences here are computed from the finished runs.</source>
        <translation>&lt;b&gt;이 스윕에서 측정한 것:&lt;/b&gt; 아직 없습니다. 스윕 실행을 누르세요. 여기의 문장은 끝난 실행들로부터 계산됩니다.</translation>
    </message>
    <message>
        <source>B = %1: %2 % (seeds %3–%4, %5 updates)</source>
        <translation>B = %1: %2 % (시드 %3–%4, 업데이트 %5번)</translation>
    </message>
    <message>
        <source>B = %1: %2 % (%3 updates)</source>
        <translation>B = %1: %2 % (업데이트 %3번)</translation>
    </message>
    <message>
        <source>%1 examples seen</source>
        <translation>예제 %1개</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 에폭</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured in this sweep&lt;/b&gt; (%1, %2, %3 per run):</source>
        <translation>&lt;b&gt;이 스윕에서 측정한 것&lt;/b&gt; (%1, %2, 실행마다 %3):</translation>
    </message>
    <message>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <source>no run trained: every one diverged or stayed near chance.</source>
        <translation>학습된 실행이 없습니다: 모두 발산했거나 우연 수준에 머물렀습니다.</translation>
    </message>
    <message>
        <source>best mean test accuracy at %1.</source>
        <translation>평균 테스트 정확도가 가장 높은 곳은 %1.</translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1; largest batch: %2.</source>
        <translation>B = 8–32 중 최고: %1; 가장 큰 배치: %2.</translation>
    </message>
    <message>
        <source>Every seed of B = %1 beats every seed of B = %2.</source>
        <translation>B = %1의 모든 시드가 B = %2의 모든 시드보다 높습니다.</translation>
    </message>
    <message>
        <source>The seeds of B = %1 and B = %2 overlap: this sweep does not separate them.</source>
        <translation>B = %1과 B = %2의 시드 범위가 겹칩니다: 이 스윕으로는 둘을 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>Here the small batches do &lt;i&gt;not&lt;/i&gt; win.</source>
        <translation>여기서는 작은 배치가 이기지 &lt;i&gt;않습니다&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>At equal epochs B = %1 made %2 updates, B = %3 only %4: this sweep cannot tell better generalisation from more updates (the Same training loss tab compares models trained to equal loss).</source>
        <translation>같은 에폭에서 B = %1은 업데이트를 %2번, B = %3은 %4번만 했습니다: 이 스윕으로는 더 나은 일반화와 더 많은 업데이트를 구별할 수 없습니다 (같은 훈련 손실 탭은 같은 손실까지 학습한 모델을 비교합니다).</translation>
    </message>
    <message>
        <source>%1 run(s) diverged and %2 stayed near chance (train accuracy below %3 %): marked in red, left out of the means.</source>
        <translation>실행 %1개는 발산했고 %2개는 우연 수준에 머물렀습니다 (훈련 정확도 %3 % 미만): 빨간색으로 표시하고 평균에서 뺐습니다.</translation>
    </message>
    <message>
        <source>(Other lr rules and BN settings are drawn but not summarised here.)</source>
        <translation>(다른 lr 규칙과 BN 설정은 그려지지만 여기서 요약하지 않습니다.)</translation>
    </message>
    <message>
        <source>Passes over the training set for every batch size.</source>
        <translation>배치 크기마다 학습 세트를 몇 번 훑을지 정합니다.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>constant lr</source>
        <translation>고정 lr</translation>
    </message>
    <message>
        <source>linear lr</source>
        <translation>선형 lr</translation>
    </message>
    <message>
        <source>sqrt lr</source>
        <translation>제곱근 lr</translation>
    </message>
    <message>
        <source>%1, with BN</source>
        <translation>%1, BN 사용</translation>
    </message>
    <message>
        <source>%1, no BN</source>
        <translation>%1, BN 없음</translation>
    </message>
    <message>
        <source>Train with mini-batches of B = %1 examples. Each update uses the mean gradient of %1 examples, so one epoch takes N / %1 updates.</source>
        <translation>예제 B = %1개짜리 미니배치로 학습합니다. 업데이트마다 예제 %1개의 평균 기울기를 쓰므로 한 에폭은 N / %1번 업데이트합니다.</translation>
    </message>
    <message>
        <source>Batch sizes B</source>
        <translation>배치 크기 B</translation>
    </message>
    <message>
        <source>A batch size to add to the finished sweep.</source>
        <translation>완료된 스윕에 추가할 배치 크기.</translation>
    </message>
    <message>
        <source>&amp;Add this size</source>
        <translation>이 크기 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Runs only the new batch size (with every checked lr rule, BN setting and seed) and adds it to the table and charts; earlier runs are kept, not rerun.</source>
        <translation>새 배치 크기만 (선택한 모든 lr 규칙, BN 설정, 시드로) 실행해 표와 차트에 추가합니다. 이전 실행은 다시 실행하지 않고 유지합니다.</translation>
    </message>
    <message>
        <source>Budget per run</source>
        <translation>실행당 예산</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Examples seen</source>
        <translation>본 예제 수</translation>
    </message>
    <message>
        <source>Every batch size gets the same budget: the same passes over the data (epochs) or the same number of examples seen. Updates = examples seen / B.</source>
        <translation>모든 배치 크기에 같은 예산을 줍니다: 데이터를 도는 횟수 (에폭)가 같거나 본 예제 수가 같습니다. 업데이트 수 = 본 예제 수 / B.</translation>
    </message>
    <message>
        <source>Training examples each run sees; updates = examples / B.</source>
        <translation>각 실행이 보는 학습 예제 수. 업데이트 수 = 예제 수 / B.</translation>
    </message>
    <message>
        <source>Learning-rate rule</source>
        <translation>학습률 규칙</translation>
    </message>
    <message>
        <source>Constant: lr = base lr</source>
        <translation>고정: lr = 기본 lr</translation>
    </message>
    <message>
        <source>The same step size for every B: large batches take few steps of the same size, so they move the weights much less per epoch.</source>
        <translation>모든 B에 같은 스텝 크기: 큰 배치는 같은 크기의 스텝을 적게 밟으므로 에폭당 가중치를 훨씬 덜 움직입니다.</translation>
    </message>
    <message>
        <source>Linear: lr = base lr × B</source>
        <translation>선형: lr = 기본 lr × B</translation>
    </message>
    <message>
        <source>lr grows in proportion to B, so every example moves the weights by the same amount (Goyal et al. 2017).</source>
        <translation>lr이 B에 비례해 커지므로 모든 예제가 가중치를 같은 만큼 움직입니다 (Goyal 등 2017).</translation>
    </message>
    <message>
        <source>Square root: lr = base lr × √B</source>
        <translation>제곱근: lr = 기본 lr × √B</translation>
    </message>
    <message>
        <source>lr grows with √B, which keeps the noise of an update about constant (Hoffer et al. 2017).</source>
        <translation>lr이 √B에 비례해 커지므로 업데이트의 잡음이 거의 일정하게 유지됩니다 (Hoffer 등 2017).</translation>
    </message>
    <message>
        <source>&amp;Base lr:</source>
        <translation>기본 lr(&amp;B):</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>모델과 데이터</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>데이터(&amp;D):</translation>
    </message>
    <message>
        <source>The classification data every run trains and is tested on.</source>
        <translation>모든 실행이 학습하고 테스트하는 분류 데이터.</translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation>학습 예제 수(&amp;T):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Training examples used (0 = all 60,000 of Fashion-MNIST). Fewer make a quick sweep; synthetic sets generate this many (0 = 2,000).</source>
        <translation>사용할 학습 예제 수 (0 = Fashion-MNIST 60,000개 전체). 적으면 스윕이 빠릅니다. 합성 데이터셋은 이만큼 생성합니다 (0 = 2,000).</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>신경망(&amp;N):</translation>
    </message>
    <message>
        <source>MLP 2×100 ReLU</source>
        <translation>MLP 2×100 ReLU</translation>
    </message>
    <message>
        <source>BN lab: 3×100 sigmoid</source>
        <translation>BN 실험: 3×100 시그모이드</translation>
    </message>
    <message>
        <source>This lab&apos;s MLP (2 hidden layers of 100 ReLU units, He init), or the network of the batch-normalization lab (Ioffe &amp; Szegedy&apos;s 3×100 sigmoid MLP, Gaussian init with std 1).</source>
        <translation>이 실험의 MLP (ReLU 유닛 100개짜리 은닉층 2개, He 초기화) 또는 배치 정규화 실험의 신경망 (Ioffe &amp; Szegedy의 3×100 시그모이드 MLP, 표준편차 1의 가우스 초기화).</translation>
    </message>
    <message>
        <source>Without batch norm</source>
        <translation>배치 정규화 없음</translation>
    </message>
    <message>
        <source>Run every point with the plain network.</source>
        <translation>모든 점을 일반 신경망으로 실행합니다.</translation>
    </message>
    <message>
        <source>With batch norm</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <source>Run every point with BN in each hidden layer: x̂ = (x − μ_B) / √(σ²_B + ε), with μ_B and σ²_B taken over the B examples of the mini-batch. Needs B ≥ 2.</source>
        <translation>모든 점을 은닉층마다 BN을 넣어 실행합니다: x̂ = (x − μ_B) / √(σ²_B + ε). μ_B와 σ²_B는 미니배치의 예제 B개로 구합니다. B ≥ 2가 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Seeds per point:</source>
        <translation>점당 시드 수(&amp;S):</translation>
    </message>
    <message>
        <source>Runs per point with different initial weights and data order; the charts draw their mean and a min–max band.</source>
        <translation>점마다 초기 가중치와 데이터 순서를 달리한 실행 수. 차트에는 평균과 min–max 구간이 그려집니다.</translation>
    </message>
    <message>
        <source>&amp;Run sweep</source>
        <translation>스윕 실행(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Clears the table and trains one run per checked batch size × lr rule × BN setting × seed in the background, %n at a time.</source>
        <translation>
            <numerusform>표를 비우고, 선택한 배치 크기 × lr 규칙 × BN 설정 × 시드 조합마다 실행 하나를 백그라운드에서 한 번에 %n개씩 학습합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished runs stay.</source>
        <translation>진행 중인 실행을 멈춥니다. 완료된 실행은 유지됩니다.</translation>
    </message>
    <message>
        <source>Run lr × B &amp;map</source>
        <translation>lr × B 지도 실행(&amp;M)</translation>
    </message>
    <message>
        <source>Fills the lr × batch-size map: every checked B with constant learning rates 0.001, 0.003, …, 1 (7 × sizes runs). Runs already done are not repeated.</source>
        <translation>lr × 배치 크기 지도를 채웁니다: 선택한 모든 B에 고정 학습률 0.001, 0.003, …, 1 (7 × 크기 개수만큼 실행). 이미 끝난 실행은 반복하지 않습니다.</translation>
    </message>
    <message>
        <source>Runs finished out of those queued.</source>
        <translation>대기열의 실행 중 완료된 수.</translation>
    </message>
    <message>
        <source>Accuracy vs B</source>
        <translation>정확도 대 B</translation>
    </message>
    <message>
        <source>Final test accuracy or loss of every batch size</source>
        <translation>배치 크기별 최종 테스트 정확도 또는 손실</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>Test accuracy of every run while it trained</source>
        <translation>학습하는 동안 각 실행의 테스트 정확도</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>격차</translation>
    </message>
    <message>
        <source>Generalisation gap: train accuracy minus test accuracy</source>
        <translation>일반화 격차: 학습 정확도에서 테스트 정확도를 뺀 값</translation>
    </message>
    <message>
        <source>lr × B map</source>
        <translation>lr × B 지도</translation>
    </message>
    <message>
        <source>Final test accuracy for each learning rate and batch size</source>
        <translation>학습률과 배치 크기별 최종 테스트 정확도</translation>
    </message>
    <message>
        <source>BN modes</source>
        <translation>BN 모드</translation>
    </message>
    <message>
        <source>Test accuracy with BN&apos;s batch statistics vs its running statistics</source>
        <translation>BN의 배치 통계와 이동 통계를 쓸 때의 테스트 정확도 비교</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>Final test accuracy (%) or mean cross-entropy test loss.</source>
        <translation>최종 테스트 정확도 (%) 또는 평균 교차 엔트로피 테스트 손실.</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>비교 대상(&amp;A):</translation>
    </message>
    <message>
        <source>Updates (log scale)</source>
        <translation>업데이트 수 (로그 스케일)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>실제 시간</translation>
    </message>
    <message>
        <source>Epochs: the same data seen. Updates: small batches take many more steps. Wall time: each small step is cheap, so per second the picture changes again.</source>
        <translation>에폭: 본 데이터가 같습니다. 업데이트 수: 작은 배치가 훨씬 많은 스텝을 밟습니다. 실제 시간: 작은 스텝은 각각 싸므로 초 단위로 보면 모습이 또 달라집니다.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>lr rule</source>
        <translation>lr 규칙</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Test acc. %</source>
        <translation>테스트 정확도 %</translation>
    </message>
    <message>
        <source>Train acc. %</source>
        <translation>학습 정확도 %</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>One row per run: its settings, progress and final numbers. Gap = train accuracy − test accuracy (percentage points).</source>
        <translation>실행마다 한 행: 설정, 진행률, 최종 결과. 격차 = 학습 정확도 − 테스트 정확도 (%p).</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the charts.</source>
        <translation>차트 옆의 수업 내용을 보이거나 숨깁니다.</translation>
    </message>
    <message>
        <source>Settings loaded from &quot;%1&quot;: press Run sweep.</source>
        <translation>&quot;%1&quot;에서 설정을 불러왔습니다: 스윕 실행을 누르세요.</translation>
    </message>
    <message>
        <source>Cancelling: finished runs stay in the table.</source>
        <translation>취소하는 중: 완료된 실행은 표에 남습니다.</translation>
    </message>
    <message>
        <source>Cancelled: finished runs stay in the table.</source>
        <translation>취소됨: 완료된 실행은 표에 남습니다.</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>데이터를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Check at least one batch size, one lr rule and one BN setting.</source>
        <translation>배치 크기, lr 규칙, BN 설정을 각각 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>B = %1 is already in the table.</source>
        <translation>B = %1은(는) 이미 표에 있습니다.</translation>
    </message>
    <message>
        <source>Check at least one batch size.</source>
        <translation>배치 크기를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The map already has every learning rate for these batch sizes.</source>
        <translation>지도에 이 배치 크기들의 모든 학습률이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Batch-size sweep: choose the batch sizes and press Run sweep.</source>
        <translation>배치 크기 스윕: 배치 크기를 고르고 스윕 실행을 누르세요.</translation>
    </message>
    <message>
        <source>Sweep: %1 of %2 runs finished</source>
        <translation>스윕: 실행 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>, %1 running on %2 worker threads</source>
        <translation>, %1개가 작업 스레드 %2개에서 실행 중</translation>
    </message>
    <message>
        <source>, %1 cancelled or failed</source>
        <translation>, %1개 취소 또는 실패</translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation>실행 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>아직 실행 없음</translation>
    </message>
    <message>
        <source>map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running %p%</source>
        <translation>실행 중 %p%</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>Final test loss vs batch size</source>
        <translation>배치 크기별 최종 테스트 손실</translation>
    </message>
    <message>
        <source>Final test accuracy vs batch size</source>
        <translation>배치 크기별 최종 테스트 정확도</translation>
    </message>
    <message>
        <source>Batch size B (log₂ scale)</source>
        <translation>배치 크기 B (log₂ 스케일)</translation>
    </message>
    <message>
        <source>Test loss (cross-entropy)</source>
        <translation>테스트 손실 (교차 엔트로피)</translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>Generalisation gap vs batch size</source>
        <translation>배치 크기별 일반화 격차</translation>
    </message>
    <message>
        <source>Train − test accuracy (percentage points)</source>
        <translation>학습 − 테스트 정확도 (%p)</translation>
    </message>
    <message>
        <source>Learning curves: test accuracy of every run</source>
        <translation>학습 곡선: 각 실행의 테스트 정확도</translation>
    </message>
    <message>
        <source>Epochs (passes over the training set)</source>
        <translation>에폭 (학습 데이터 전체를 도는 횟수)</translation>
    </message>
    <message>
        <source>Updates (optimisation steps, log₁₀ scale)</source>
        <translation>업데이트 수 (최적화 스텝, log₁₀ 스케일)</translation>
    </message>
    <message>
        <source>Wall time (s, training only)</source>
        <translation>실제 시간 (초, 학습만)</translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation>B = %1</translation>
    </message>
    <message>
        <source>B = %1 (%2)</source>
        <translation>B = %1 (%2)</translation>
    </message>
    <message>
        <source>Final test accuracy (%) by learning rate and batch size</source>
        <translation>학습률과 배치 크기별 최종 테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>A sweep fills one cell per batch size, at the lr its rule gives. Press Run lr × B map to fill the grid with constant rates 0.001 … 1 and see where training is stable.</source>
        <translation>스윕은 배치 크기마다 규칙이 정한 lr에서 칸 하나를 채웁니다. lr × B 지도 실행을 누르면 고정 학습률 0.001 … 1로 격자를 채워 학습이 어디서 안정한지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Learning rate actually used (log₁₀ scale)</source>
        <translation>실제 사용한 학습률 (log₁₀ 스케일)</translation>
    </message>
    <message>
        <source>div.</source>
        <translation>발산</translation>
    </message>
    <message numerus="yes">
        <source>B = %1, lr ≈ %2: %3% test accuracy (%n run(s))</source>
        <translation>
            <numerusform>B = %1, lr ≈ %2: 테스트 정확도 %3% (실행 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>B = %1, lr ≈ %2: diverged</source>
        <translation>B = %1, lr ≈ %2: 발산함</translation>
    </message>
    <message>
        <source>BN: test accuracy in eval vs train mode</source>
        <translation>BN: 평가 모드 대 학습 모드의 테스트 정확도</translation>
    </message>
    <message>
        <source>No runs with batch norm yet: check &quot;With batch norm&quot; and press Run sweep. Eval mode normalises with running averages of the batch statistics; train mode with the mean and variance of each test batch of B examples, which are noisy when B is small.</source>
        <translation>아직 배치 정규화를 쓴 실행이 없습니다: &quot;배치 정규화 사용&quot;을 선택하고 스윕 실행을 누르세요. 평가 모드는 배치 통계의 이동 평균으로 정규화하고, 학습 모드는 예제 B개짜리 테스트 배치마다 그 평균과 분산으로 정규화하는데, B가 작으면 이 값들이 흔들립니다.</translation>
    </message>
    <message>
        <source>%1: eval mode (running mean/var)</source>
        <translation>%1: 평가 모드 (이동 평균/분산)</translation>
    </message>
    <message>
        <source>%1: train mode (batch mean/var)</source>
        <translation>%1: 학습 모드 (배치 평균/분산)</translation>
    </message>
    <message>
        <source>The base learning rate the rule scales: w ← w − lr · ∇L.</source>
        <translation>규칙이 조정하는 기본 학습률: w ← w − lr · ∇L.</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>데이터를 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading the data; the runs start when it is ready.</source>
        <translation>데이터를 불러오는 중입니다. 준비되면 실행이 시작됩니다.</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Check at least one lr rule and one BN setting.</source>
        <translation>lr 규칙과 BN 설정을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>B = %1 is refused: %2</source>
        <translation>B = %1은(는) 허용되지 않습니다: %2</translation>
    </message>
    <message>
        <source>B = %1 cannot run with batch norm (one example has no batch variance); check &quot;Without batch norm&quot; to run it plainly.</source>
        <translation>B = %1은(는) 배치 정규화로 실행할 수 없습니다(예제 하나로는 배치 분산이 없습니다). 일반 네트워크로 실행하려면 &quot;배치 정규화 없음&quot;을 선택하세요.</translation>
    </message>
    <message>
        <source>Batch-size sweep: loading the data…</source>
        <translation>배치 크기 스윕: 데이터를 불러오는 중…</translation>
    </message>
    <message>
        <source>As in the file: %1×%2 %3</source>
        <translation>파일과 같이: %1×%2 %3</translation>
    </message>
    <message>
        <source>Loading cancelled: the sweep keeps the runs it had.</source>
        <translation>불러오기를 취소했습니다. 스윕은 기존 실행을 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Small batches</source>
        <translation>작은 배치</translation>
    </message>
    <message>
        <source>Batch, layer and group norm at small batch sizes: test error and batch norm&apos;s running-statistics gap</source>
        <translation>작은 배치 크기에서의 배치·층·그룹 정규화: 테스트 오류와 배치 정규화의 이동 통계 차이</translation>
    </message>
    <message>
        <source>The finished runs saved in &quot;%1&quot; are shown; Run sweep runs them again.</source>
        <translation>&quot;%1&quot;에 저장된 끝난 실행들을 보여 줍니다. 스윕 실행을 누르면 다시 실행합니다.</translation>
    </message>
    <message>
        <source>B = %1: %2 % at lr %3</source>
        <translation>B = %1: lr %3에서 %2 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tuned, measured in this map&lt;/b&gt; (each batch size at its best rate, marked ★): best %1.</source>
        <translation>&lt;b&gt;학습률을 맞춘 결과, 이 지도에서 측정&lt;/b&gt; (배치 크기마다 가장 좋은 학습률, ★ 표시): 최고는 %1.</translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1, %2 points above the largest batch (%3).</source>
        <translation>B = 8–32 중 최고: %1, 가장 큰 배치(%3)보다 %2 포인트 높습니다.</translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1, %2 points below the largest batch (%3): tuned, the small batches do &lt;i&gt;not&lt;/i&gt; win here.</source>
        <translation>B = 8–32 중 최고: %1, 가장 큰 배치(%3)보다 %2 포인트 낮습니다. 학습률을 맞추면 여기서는 작은 배치가 이기지 &lt;i&gt;않습니다&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Rates at which every run trained: B = %1: %2 of %3 (%4 … %5); B = %6: %7 of %8 (%9 … %10).</source>
        <translation>모든 실행이 학습된 학습률: B = %1은 %3개 중 %2개(%4 … %5), B = %6은 %8개 중 %7개(%9 … %10).</translation>
    </message>
</context>
<context>
    <name>normlab::app::BnControls</name>
    <message>
        <source>Choose a file with File &gt; Open data set.</source>
        <translation>파일 &gt; 데이터셋 열기로 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The data set changed</source>
        <translation>데이터셋이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The input scaling changed</source>
        <translation>입력 스케일링이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The number of training examples changed</source>
        <translation>학습 예제 수가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The model changed</source>
        <translation>모델이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The depth changed</source>
        <translation>깊이가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The width changed</source>
        <translation>너비가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The activation changed</source>
        <translation>활성화 함수가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The BN momentum changed</source>
        <translation>BN 모멘텀이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The initialisation changed</source>
        <translation>초기화가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The initial weight std changed</source>
        <translation>초기 가중치 표준편차가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The optimiser changed</source>
        <translation>최적화기가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The seed changed</source>
        <translation>시드가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <source>The training data; changing it starts a new run. IDX and CSV files are chosen with File &gt; Open data set.</source>
        <translation>학습 데이터. 바꾸면 새 실행이 시작됩니다. IDX와 CSV 파일은 파일 &gt; 데이터셋 열기로 고릅니다.</translation>
    </message>
    <message>
        <source>Input &amp;scaling:</source>
        <translation>입력 스케일링(&amp;S):</translation>
    </message>
    <message>
        <source>Feature scaling of the inputs, fitted on the training split only.</source>
        <translation>입력의 특성 스케일링이며, 학습 데이터만으로 맞춥니다.</translation>
    </message>
    <message>
        <source>Training &amp;examples:</source>
        <translation>학습 예제 수(&amp;E):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>How many training examples to use (0 = all; synthetic sets: how many to generate).</source>
        <translation>사용할 학습 예제 수 (0 = 전체, 합성 데이터셋: 생성할 개수).</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>An MLP, or conv 3×3 → BN → ReLU twice with pooling and a dense output; the CNN&apos;s BN normalizes each channel over batch and pixels.</source>
        <translation>MLP, 또는 합성곱 3×3 → BN → ReLU를 풀링과 함께 두 번 거친 뒤 완전 연결 출력층. CNN의 BN은 배치와 픽셀에 걸쳐 채널마다 정규화합니다.</translation>
    </message>
    <message>
        <source>Hidden &amp;layers:</source>
        <translation>은닉층 수(&amp;L):</translation>
    </message>
    <message>
        <source>Number of hidden layers (1–10) in both networks.</source>
        <translation>두 신경망의 은닉층 수 (1–10).</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>Units per hidden layer (8–256).</source>
        <translation>은닉층당 유닛 수 (8–256).</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>활성화 함수(&amp;A):</translation>
    </message>
    <message>
        <source>Non-linearity of the hidden layers, the same for both networks.</source>
        <translation>은닉층의 비선형 함수이며, 두 신경망에 똑같이 적용됩니다.</translation>
    </message>
    <message>
        <source>Learnable &amp;γ, β:</source>
        <translation>학습 가능한 γ, β(&amp;G):</translation>
    </message>
    <message>
        <source>y = γ·(x − μ_B) / √(σ²_B + ε) + β: γ and β learned, or frozen at 1 and 0 (applies at once).</source>
        <translation>y = γ·(x − μ_B) / √(σ²_B + ε) + β: γ와 β를 학습하거나 1과 0에 고정합니다 (즉시 적용).</translation>
    </message>
    <message>
        <source>BN mo&amp;mentum:</source>
        <translation>BN 모멘텀(&amp;M):</translation>
    </message>
    <message>
        <source>Running statistics: μ_run ← (1 − m)·μ_run + m·μ_B (PyTorch convention).</source>
        <translation>이동 통계: μ_run ← (1 − m)·μ_run + m·μ_B (PyTorch 방식).</translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation>초기화(&amp;I):</translation>
    </message>
    <message>
        <source>How the weights start; both networks start from the same weights.</source>
        <translation>가중치의 시작 방식. 두 신경망은 같은 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <source>Initial weight s&amp;td:</source>
        <translation>초기 가중치 표준편차(&amp;T):</translation>
    </message>
    <message>
        <source>Gaussian initialisation: W ~ N(0, std²), on a log scale; the paper uses 1. Changing it starts a new run.</source>
        <translation>가우스 초기화: W ~ N(0, std²) (로그 스케일). 논문은 1을 씁니다. 바꾸면 새 실행이 시작됩니다.</translation>
    </message>
    <message>
        <source>&amp;Optimiser:</source>
        <translation>최적화기(&amp;O):</translation>
    </message>
    <message>
        <source>The update rule, the same for both networks.</source>
        <translation>업데이트 규칙이며, 두 신경망에 똑같이 적용됩니다.</translation>
    </message>
    <message>
        <source>Lea&amp;rning rate:</source>
        <translation>학습률(&amp;R):</translation>
    </message>
    <message>
        <source>lr in w ← w − lr·∇L, on a log scale; applies at the next step.</source>
        <translation>w ← w − lr·∇L의 lr (로그 스케일). 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Mome&amp;ntum:</source>
        <translation>모멘텀(&amp;N):</translation>
    </message>
    <message>
        <source>β in v ← β·v + ∇L, w ← w − lr·v; applies at the next step.</source>
        <translation>v ← β·v + ∇L, w ← w − lr·v의 β. 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <source>Examples per step (at least 2: BN needs a batch variance); applies at the next step.</source>
        <translation>스텝당 예제 수 (BN에는 배치 분산이 필요하므로 최소 2). 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <source>BN at e&amp;valuation:</source>
        <translation>평가 시 BN(&amp;V):</translation>
    </message>
    <message>
        <source>How the BN network normalizes on the test set: with the running averages μ_run, σ²_run or with each test batch&apos;s own statistics.</source>
        <translation>BN 신경망이 테스트 세트에서 정규화하는 방법: 이동 평균 μ_run, σ²_run을 쓰거나 각 테스트 배치 자체의 통계를 씁니다.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>시드(&amp;E):</translation>
    </message>
    <message>
        <source>Random seed of the initial weights, batch order and synthetic data.</source>
        <translation>초기 가중치, 배치 순서, 합성 데이터의 난수 시드.</translation>
    </message>
    <message>
        <source>The model changed; the %1 preset&apos;s settings apply (learning rate %2, %3 initialisation, %4 steps)</source>
        <translation>모델이 바뀌었습니다. %1 프리셋의 설정을 적용합니다 (학습률 %2, %3 초기화, %4 스텝)</translation>
    </message>
    <message>
        <source>The noisy BN network was added</source>
        <translation>잡음 BN 신경망을 추가했습니다</translation>
    </message>
    <message>
        <source>The noisy BN network was removed</source>
        <translation>잡음 BN 신경망을 뺐습니다</translation>
    </message>
    <message>
        <source>Nois&amp;y BN network:</source>
        <translation>잡음 BN 신경망(&amp;Y):</translation>
    </message>
    <message>
        <source>Santurkar et al. 2018: train a third network, the BN one with random noise after every BN layer (a new shift and scale per unit at every step), so its layer inputs shift far more than the plain network&apos;s. Starts a new run.</source>
        <translation>Santurkar 외 2018: 세 번째 신경망을 학습합니다. BN 신경망과 같지만 모든 BN 층 뒤에 무작위 잡음(스텝마다 유닛별로 새로운 이동과 배율)을 더하므로, 층 입력이 일반 신경망보다 훨씬 크게 움직입니다. 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>Noise stren&amp;gth:</source>
        <translation>잡음 세기(&amp;G):</translation>
    </message>
    <message>
        <source>s in 0–10: shifts of up to 1.5·s and scales between (1 + s)^−1.5 and (1 + s)^1.5, one part shared by the layer and one per unit, redrawn each step; applies at the next step.</source>
        <translation>s는 0–10: 이동은 최대 1.5·s, 배율은 (1 + s)^−1.5 와 (1 + s)^1.5 사이이며, 층 전체가 공유하는 부분과 유닛별 부분으로 이루어지고 스텝마다 새로 뽑습니다. 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 바뀜</translation>
    </message>
    <message>
        <source>The normaliser changed to %1</source>
        <translation>정규화가 %1(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>The number of groups changed</source>
        <translation>그룹 수가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Networks (identical except the normaliser)</source>
        <translation>신경망 (정규화만 다름)</translation>
    </message>
    <message>
        <source>&amp;Normaliser:</source>
        <translation>정규화(&amp;N):</translation>
    </message>
    <message>
        <source>What the normalised twin uses. Batch norm standardizes each unit over the mini-batch; layer and group norm standardize each example over its own units (all of them, or G groups), so they need no batch and behave the same in training and evaluation. Starts a new run.</source>
        <translation>정규화된 쌍둥이가 쓰는 방법입니다. 배치 정규화는 각 유닛을 미니배치 전체로 표준화하고, 층 정규화와 그룹 정규화는 각 예제를 그 예제 자신의 유닛(전부 또는 G개 그룹)으로 표준화하므로 배치가 필요 없고 학습과 평가에서 똑같이 동작합니다. 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Groups G:</source>
        <translation>그룹 수 G(&amp;G):</translation>
    </message>
    <message>
        <source>Group norm splits each layer&apos;s units (or channels) into G groups and standardizes each group of each example. Starts a new run.</source>
        <translation>그룹 정규화는 각 층의 유닛(또는 채널)을 G개 그룹으로 나누고 예제마다 각 그룹을 표준화합니다. 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>The normaliser placement changed</source>
        <translation>정규화 위치가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The normaliser ε changed</source>
        <translation>정규화 ε가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Normaliser &amp;placement:</source>
        <translation>정규화 위치(&amp;P):</translation>
    </message>
    <message>
        <source>Where the normaliser N sits: before, f(N(W x)) as in Ioffe &amp; Szegedy; after, N(f(W x)).</source>
        <translation>정규화 N의 위치. 앞: Ioffe &amp; Szegedy처럼 f(N(W x)). 뒤: N(f(W x)).</translation>
    </message>
    <message>
        <source>Normaliser &amp;ε:</source>
        <translation>정규화 ε(&amp;E):</translation>
    </message>
    <message>
        <source>ε in √(σ² + ε), σ² the variance the normaliser divides by: keeps the division finite for a constant unit.</source>
        <translation>√(σ² + ε)의 ε(σ²는 정규화가 나누는 분산). 값이 일정한 유닛에서도 나눗셈이 유한하도록 합니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::BnView</name>
    <message>
        <source>Layer %1 (last hidden)</source>
        <translation>%1층 (마지막 은닉층)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <source>noisy BN</source>
        <translation>잡음 BN</translation>
    </message>
    <message>
        <source>LN</source>
        <translation>LN</translation>
    </message>
    <message>
        <source>GN</source>
        <translation>GN</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>layer norm</source>
        <translation>층 정규화</translation>
    </message>
    <message>
        <source>group norm</source>
        <translation>그룹 정규화</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>plain (no %1)</source>
        <translation>일반 (%1 없음)</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>층(&amp;L):</translation>
    </message>
</context>
<context>
    <name>normlab::app::ChartView</name>
    <message>
        <source>Could not encode the chart &quot;%1&quot; as PNG.</source>
        <translation>차트 &quot;%1&quot;을(를) PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Exported from NormLab</source>
        <translation>NormLab에서 내보냄</translation>
    </message>
</context>
<context>
    <name>normlab::app::Classroom</name>
    <message>
        <source>No course file was found (resources/lessons/course.json).</source>
        <translation>강의 파일을 찾지 못했습니다 (resources/lessons/course.json).</translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation>프리셋을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open the experiment</source>
        <translation>실험을 열 수 없습니다</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation>프리셋(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>시작 페이지(&amp;S)</translation>
    </message>
    <message>
        <source>The course panel with the list of every step</source>
        <translation>모든 단계의 목록이 있는 강의 패널</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>Reveals the current step&apos;s result; if it is shown, goes to the next step</source>
        <translation>현재 단계의 결과를 공개하고, 이미 공개되었으면 다음 단계로 갑니다</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>Goes back one step</source>
        <translation>한 단계 뒤로 갑니다</translation>
    </message>
    <message>
        <source>&amp;Back to this step</source>
        <translation>이 단계로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Puts the current step&apos;s preset, view and checkpoint back</source>
        <translation>현재 단계의 프리셋, 보기, 체크포인트를 되돌려 놓습니다</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>화면 가리기(&amp;B)</translation>
    </message>
    <message>
        <source>Covers the window in black; press again to return</source>
        <translation>창을 검게 가립니다. 한 번 더 누르면 돌아옵니다</translation>
    </message>
    <message>
        <source>Course &amp;panel</source>
        <translation>강의 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Shows or hides the course panel</source>
        <translation>강의 패널을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>실험실 %1: %2</translation>
    </message>
    <message>
        <source>Switches to the %1 lab</source>
        <translation>%1 실험실로 바꿉니다</translation>
    </message>
    <message>
        <source>Next &amp;view</source>
        <translation>다음 보기(&amp;V)</translation>
    </message>
    <message>
        <source>The lab&apos;s next view</source>
        <translation>실험실의 다음 보기</translation>
    </message>
    <message>
        <source>Previous v&amp;iew</source>
        <translation>이전 보기(&amp;I)</translation>
    </message>
    <message>
        <source>The lab&apos;s previous view</source>
        <translation>실험실의 이전 보기</translation>
    </message>
    <message>
        <source>&amp;Hide the controls</source>
        <translation>조작 패널 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Folds the lab&apos;s controls away so the charts get the width</source>
        <translation>실험실의 조작 패널을 접어 차트가 너비를 다 쓰게 합니다</translation>
    </message>
    <message>
        <source>The controls are folded away so the view fits beside the course panel; F9 shows them.</source>
        <translation>강의 패널 옆에 그림이 다 보이도록 조작 패널을 접었습니다. F9를 누르면 다시 보입니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::CourseController</name>
    <message>
        <source>This window has no %1 lab.</source>
        <translation>이 창에는 %1 실험실이 없습니다.</translation>
    </message>
    <message>
        <source>The preset %1 could not be loaded: %2</source>
        <translation>프리셋 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Revealed. Page Down: next step.</source>
        <translation>공개했습니다. Page Down: 다음 단계.</translation>
    </message>
    <message>
        <source>The sweep has finished. Page Down reveals the result.</source>
        <translation>스윕이 끝났습니다. Page Down을 누르면 결과를 공개합니다.</translation>
    </message>
    <message>
        <source>Step %1 reached. Page Down reveals the result.</source>
        <translation>%1 스텝에 도달했습니다. Page Down을 누르면 결과를 공개합니다.</translation>
    </message>
    <message>
        <source>The sweep is running…</source>
        <translation>스윕을 실행하는 중…</translation>
    </message>
    <message>
        <source>Running: step %1 of %2…</source>
        <translation>실행 중: %2 스텝 중 %1…</translation>
    </message>
    <message>
        <source>%1 The result is shown when the run gets there.</source>
        <translation>%1 실행이 거기에 도달하면 결과를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Step %1: the course step&apos;s checkpoint is reached, so the run paused. Page Down reveals what it measured; Play continues past it.</source>
        <translation>스텝 %1: 강의 단계의 체크포인트에 도달해 실행을 멈췄습니다. Page Down을 누르면 측정 결과를 보여 주고, 재생하면 계속 진행합니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::CoursePanel</name>
    <message>
        <source>Page Down goes to the next step and reveals its result; Page Up goes back. B or period blanks the screen.</source>
        <translation>Page Down은 결과를 공개하고 다음 단계로 가며, Page Up은 뒤로 갑니다. B 또는 마침표(.)는 화면을 가립니다.</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>강의 시작</translation>
    </message>
    <message>
        <source>Begins at the selected step (the first if none is selected)</source>
        <translation>선택한 단계에서 시작합니다 (선택이 없으면 첫 단계)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation>이전 단계 (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down); reveals this step first</source>
        <translation>다음 단계 (Page Down). 먼저 이 단계의 결과를 공개합니다</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>Show what this run measured (Page Down)</source>
        <translation>이번 실행에서 측정한 값을 보여 줍니다 (Page Down)</translation>
    </message>
    <message>
        <source>Back to this step</source>
        <translation>이 단계로 돌아가기</translation>
    </message>
    <message>
        <source>Puts the step&apos;s preset, view and checkpoint back, after you changed the lab</source>
        <translation>실험실을 바꾼 뒤에 이 단계의 프리셋, 보기, 체크포인트를 되돌려 놓습니다</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>The list of every step of the course</source>
        <translation>강의의 모든 단계 목록</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>%2단계 중 %1단계 · %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정되지 않음</translation>
    </message>
    <message>
        <source>None of this step&apos;s statements fits these numbers.</source>
        <translation>이 단계의 어떤 문장도 이 수치에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The lab was changed or stopped early; the numbers are this run&apos;s as they are.</source>
        <translation>실험실이 바뀌었거나 일찍 멈췄습니다. 수치는 이번 실행의 값 그대로입니다.</translation>
    </message>
    <message>
        <source>The course could not be loaded</source>
        <translation>강의를 불러올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>normlab::app::CsvSourceBox</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>No CSV file is open.</source>
        <translation>열린 CSV 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Feature x1 and feature x2 are the same column &quot;%1&quot;; pick two.</source>
        <translation>특성 x1과 특성 x2가 같은 열 &quot;%1&quot;입니다. 서로 다른 두 열을 고르세요.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is also a feature; pick a different column.</source>
        <translation>목표 &quot;%1&quot;이(가) 특성으로도 쓰이고 있습니다. 다른 열을 고르세요.</translation>
    </message>
    <message>
        <source>No file open yet.</source>
        <translation>아직 열린 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has %2 numeric columns (%3); the lab needs three: two features and the target.</source>
        <translation>%1에는 숫자 열이 %2개 (%3) 있습니다. 이 실험에는 특성 두 개와 목표 하나, 모두 세 개가 필요합니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 has %2 data rows; the lab needs at least two.</source>
        <translation>%1에는 데이터 행이 %2개 있습니다. 이 실험에는 최소 두 개가 필요합니다.</translation>
    </message>
    <message>
        <source>File: %1 (%2 numeric columns)</source>
        <translation>파일: %1 (숫자 열 %2개)</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>CSV 파일 열기…</translation>
    </message>
    <message>
        <source>Load a CSV file with a header row (also File &gt; Open data set).</source>
        <translation>머리글 행이 있는 CSV 파일을 불러옵니다 (파일 &gt; 데이터셋 열기로도 가능).</translation>
    </message>
    <message>
        <source>Feature x1:</source>
        <translation>특성 x1:</translation>
    </message>
    <message>
        <source>Feature x2:</source>
        <translation>특성 x2:</translation>
    </message>
    <message>
        <source>Target y:</source>
        <translation>목표 y:</translation>
    </message>
    <message>
        <source>Column used as the first feature (weight w1).</source>
        <translation>첫 번째 특성으로 쓸 열 (가중치 w1).</translation>
    </message>
    <message>
        <source>Column used as the second feature (weight w2).</source>
        <translation>두 번째 특성으로 쓸 열 (가중치 w2).</translation>
    </message>
    <message>
        <source>Column the model predicts.</source>
        <translation>모델이 예측하는 열.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; still using %2.</source>
        <translation>%1 불러오기를 취소했습니다. 계속 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; no file open yet.</source>
        <translation>%1 불러오기를 취소했습니다. 아직 열린 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScalingPage</name>
    <message>
        <source>Controls</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation>특성 스케일링</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>%1을(를) 읽을 수 없습니다: 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScatterView</name>
    <message>
        <source>x1 = %1</source>
        <translation>x1 = %1</translation>
    </message>
    <message>
        <source>x2 = %1</source>
        <translation>x2 = %1</translation>
    </message>
    <message>
        <source>scaled x1</source>
        <translation>스케일링된 x1</translation>
    </message>
    <message>
        <source>scaled x2</source>
        <translation>스케일링된 x2</translation>
    </message>
    <message>
        <source>Raw features (equal units)</source>
        <translation>원래 특성 (같은 단위)</translation>
    </message>
    <message>
        <source>x1</source>
        <translation>x1</translation>
    </message>
    <message>
        <source>x2</source>
        <translation>x2</translation>
    </message>
    <message>
        <source>Scaled features</source>
        <translation>스케일링된 특성</translation>
    </message>
</context>
<context>
    <name>normlab::app::FieldBinding</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not allowed here (allowed: %2); the value stays %3.</source>
        <translation>%1은(는) 여기서 허용되지 않습니다 (허용 범위: %2). 값은 %3(으)로 유지됩니다.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>적용되지 않음: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>normlab::app::GifFile</name>
    <message>
        <source>Could not write the GIF &quot;%1&quot;: %2</source>
        <translation>GIF &quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>녹화된 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>normlab::app::GifRecording</name>
    <message>
        <source>Save the recording as an animated GIF</source>
        <translation>녹화를 움직이는 GIF로 저장</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>GIF 이미지 (*.gif)</translation>
    </message>
    <message>
        <source>This lab shows no view to record yet.</source>
        <translation>이 실습에는 아직 녹화할 화면이 없습니다.</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>녹화 실패</translation>
    </message>
    <message>
        <source>The recording was discarded.</source>
        <translation>녹화를 버렸습니다.</translation>
    </message>
    <message>
        <source>Writing the animated GIF…</source>
        <translation>움직이는 GIF를 쓰는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Record animated GIF</source>
        <translation>움직이는 GIF 녹화</translation>
    </message>
    <message>
        <source>Animated GIF written: %1</source>
        <translation>움직이는 GIF를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Writing the GIF was cancelled; no file was written.</source>
        <translation>GIF 쓰기를 취소했습니다. 파일은 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message numerus="yes">
        <source>● Recording GIF: %n frame(s)</source>
        <translation>
            <numerusform>● GIF 녹화 중: %n프레임</numerusform>
        </translation>
    </message>
    <message>
        <source>Record animated &amp;GIF</source>
        <translation>움직이는 GIF 녹화(&amp;G)</translation>
    </message>
    <message>
        <source>Records the view in front as the run plays; choose it again to stop and save the recording as an animated GIF for slides</source>
        <translation>실행이 진행되는 동안 앞에 보이는 화면을 녹화합니다. 다시 선택하면 녹화를 멈추고 슬라이드용 움직이는 GIF로 저장합니다</translation>
    </message>
    <message>
        <source>Choose File &gt; Record animated GIF again (Ctrl+Shift+G) to stop</source>
        <translation>멈추려면 파일 &gt; 움직이는 GIF 녹화를 다시 선택하세요(Ctrl+Shift+G)</translation>
    </message>
</context>
<context>
    <name>normlab::app::GifWriter</name>
    <message>
        <source>the GIF encoder could not write its data (is the disk full?)</source>
        <translation>GIF 인코더가 데이터를 쓰지 못했습니다(디스크가 가득 찼나요?)</translation>
    </message>
    <message>
        <source>there is not enough memory to encode the GIF</source>
        <translation>GIF를 인코딩할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>a frame is larger than the GIF&apos;s picture</source>
        <translation>프레임이 GIF 화면보다 큽니다</translation>
    </message>
    <message>
        <source>the GIF encoder failed (giflib error %1)</source>
        <extracomment>%1 is giflib&apos;s error code</extracomment>
        <translation>GIF 인코더가 실패했습니다(giflib 오류 %1)</translation>
    </message>
</context>
<context>
    <name>normlab::app::InitSweepPanel</name>
    <message>
        <source>Initialisation sweep</source>
        <translation>초기화 스윕</translation>
    </message>
    <message>
        <source>Smallest &amp;std:</source>
        <translation>최소 표준편차(&amp;S):</translation>
    </message>
    <message>
        <source>Smallest standard deviation σ of the initial weights, w ~ N(0, σ²).</source>
        <translation>초기 가중치의 최소 표준편차 σ, w ~ N(0, σ²).</translation>
    </message>
    <message>
        <source>&amp;Largest std:</source>
        <translation>최대 표준편차(&amp;L):</translation>
    </message>
    <message>
        <source>Largest standard deviation σ of the initial weights, w ~ N(0, σ²).</source>
        <translation>초기 가중치의 최대 표준편차 σ, w ~ N(0, σ²).</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>점 개수(&amp;P):</translation>
    </message>
    <message>
        <source>How many stds, spaced evenly on a log scale between the two ends.</source>
        <translation>두 끝 사이에 로그 스케일로 고르게 놓을 표준편차 개수.</translation>
    </message>
    <message>
        <source>&amp;Steps per run:</source>
        <translation>실행당 스텝 수(&amp;S):</translation>
    </message>
    <message>
        <source>Training steps each pair of networks takes before its test accuracy is measured.</source>
        <translation>테스트 정확도를 측정하기 전에 각 신경망 쌍이 거치는 학습 스텝 수.</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>시드 수(&amp;E):</translation>
    </message>
    <message>
        <source>Runs per std with different seeds; the chart shows their mean and a min–max band.</source>
        <translation>표준편차마다 다른 시드로 하는 실행 수. 차트에는 평균과 min–max 구간이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Run init sweep</source>
        <translation>초기화 스윕 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Trains the BN and the plain network from each std in the background (both twins share the initial weights and the mini-batches).</source>
        <translation>각 표준편차에서 BN 신경망과 일반 신경망을 백그라운드에서 학습합니다 (두 신경망은 초기 가중치와 미니배치를 공유합니다).</translation>
    </message>
    <message>
        <source>Initial weight std σ (log₁₀ scale)</source>
        <translation>초기 가중치 표준편차 σ (log₁₀ 스케일)</translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>With BN every layer&apos;s inputs are re-normalised, so the scale of the initial weights hardly matters; without BN too small a std makes the signal vanish and too large a one saturates the sigmoids.</source>
        <translation>BN이 있으면 모든 층의 입력이 다시 정규화되므로 초기 가중치의 크기가 거의 중요하지 않습니다. BN이 없으면 표준편차가 너무 작을 때 신호가 사라지고, 너무 클 때 시그모이드가 포화됩니다.</translation>
    </message>
    <message>
        <source>Network: %1 hidden layers × %2 %3 units, lr %4, batch %5 (the BN lab&apos;s settings).</source>
        <translation>신경망: 은닉층 %1개 × %3 유닛 %2개, lr %4, 배치 %5 (BN 실험의 설정).</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Press Run to train both networks from each initial std.</source>
        <translation>실행을 누르면 각 초기 표준편차에서 두 신경망을 학습합니다.</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>S&amp;tds:</source>
        <translation>표준편차들(&amp;T):</translation>
    </message>
    <message>
        <source>The standard deviations σ to sweep, exactly as listed; the three boxes above fill the list, or type it.</source>
        <translation>훑어볼 표준편차 σ들, 적힌 그대로; 위의 세 칸으로 목록을 채우거나 직접 입력하세요.</translation>
    </message>
    <message>
        <source>%1 points are not possible here (2 to %2); the list stays as it is.</source>
        <translation>여기서는 점 %1개를 쓸 수 없습니다 (2~%2); 목록은 그대로입니다.</translation>
    </message>
    <message>
        <source>Loading cancelled: the sweep keeps the points it had.</source>
        <translation>불러오기를 취소했습니다. 스윕은 기존 점을 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>%1 없음</translation>
    </message>
    <message>
        <source>Test accuracy by initial std</source>
        <translation>초기 표준편차별 테스트 정확도</translation>
    </message>
    <message>
        <source>The finished points saved in &quot;%1&quot; are shown; Run runs them again.</source>
        <translation>&quot;%1&quot;에 저장된 완료된 점을 보여 줍니다. 실행을 누르면 다시 실행합니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::InitSweepView</name>
    <message>
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
</context>
<context>
    <name>normlab::app::LabPage</name>
    <message>
        <source>This lab does not load data files.</source>
        <translation>이 실험은 데이터 파일을 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>저장된 설정</translation>
    </message>
</context>
<context>
    <name>normlab::app::LandscapeView</name>
    <message>
        <source>Output layer (%1)</source>
        <translation>출력층 (%1)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Is batch normalization&apos;s benefit really about internal covariate shift?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Santurkar et al. (2018) measured shift as the change of a layer&apos;s gradient G when the layers below take their step (G′), and found it can be as large with BN as without. What BN does change is the loss landscape: along the gradient, loss and gradient vary far less, so larger steps are safe.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;배치 정규화의 효과는 정말 내부 공변량 변화 때문일까요?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Santurkar 등 (2018)은 아래층들이 스텝을 밟을 때 한 층의 기울기 G가 바뀌는 정도 (G′)로 변화를 측정했고, BN이 있어도 없을 때만큼 클 수 있음을 발견했습니다. BN이 실제로 바꾸는 것은 손실 지형입니다: 기울기 방향으로 손실과 기울기가 훨씬 덜 변하므로 더 큰 스텝도 안전합니다.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Measuring: the first results appear at step %1.</source>
        <translation>측정 중: 첫 결과는 스텝 %1에서 나타납니다.</translation>
    </message>
    <message>
        <source>Switch on &lt;i&gt;Measure at every checkpoint&lt;/i&gt; above to compare both networks here. Each checkpoint (every %1 steps) then runs extra forward and backward passes on the last batch; the cost is shown.</source>
        <translation>두 신경망을 여기서 비교하려면 위의 &lt;i&gt;체크포인트마다 측정&lt;/i&gt;을 켜세요. 그러면 체크포인트마다 (%1 스텝마다) 마지막 배치에 순전파와 역전파를 추가로 실행하며, 그 비용이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 checkpoints measured. Cost so far: %2 s of probing against %3 s of training (%4% extra).</source>
        <translation>체크포인트 %1개 측정함. 지금까지 비용: 학습 %3초 대비 측정 %2초 (%4% 추가).</translation>
    </message>
    <message>
        <source>&amp;Measure at every checkpoint (costly)</source>
        <translation>체크포인트마다 측정 (비용 큼)(&amp;M)</translation>
    </message>
    <message>
        <source>Santurkar et al. 2018: ICS = ‖G − G′‖, the change of a layer&apos;s gradient when the layers below take their step; smoothness = how much the loss and gradient change along the gradient for steps c·lr, c in [0.5, 4]. Applies from the next checkpoint.</source>
        <translation>Santurkar 등 2018: ICS = ‖G − G′‖, 아래층들이 스텝을 밟을 때 한 층의 기울기가 바뀌는 정도. 매끄러움 = 스텝 c·lr (c는 [0.5, 4])로 기울기 방향을 따라갈 때 손실과 기울기가 바뀌는 정도. 다음 체크포인트부터 적용됩니다.</translation>
    </message>
    <message>
        <source>ICS of &amp;layer:</source>
        <translation>ICS 측정 층(&amp;L):</translation>
    </message>
    <message>
        <source>Whose gradient change to show (weighted layers 2 to the output).</source>
        <translation>기울기 변화를 표시할 층 (가중치가 있는 2층부터 출력층까지).</translation>
    </message>
    <message>
        <source>ICS: gradient change ‖G − G′‖</source>
        <translation>ICS: 기울기 변화 ‖G − G′‖</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>ICS: cosine(G, G′)</source>
        <translation>ICS: cosine(G, G′)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>Loss along the gradient, steps 0.5–4 × lr</source>
        <translation>기울기 방향의 손실, 스텝 0.5–4 × lr</translation>
    </message>
    <message>
        <source>‖g(w − c·lr·g) − g(w)‖ along the gradient</source>
        <translation>기울기 방향의 ‖g(w − c·lr·g) − g(w)‖</translation>
    </message>
    <message>
        <source>Really covariate shift?</source>
        <translation>정말 공변량 변화일까요?</translation>
    </message>
    <message>
        <source>ICS relative to the gradient: ‖G − G′‖ / ‖G‖</source>
        <translation>기울기 대비 ICS: ‖G − G′‖ / ‖G‖</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smoothness&lt;/b&gt;: loss and gradient along the gradient, for steps of 0.5–4 × lr</source>
        <translation>&lt;b&gt;매끄러움&lt;/b&gt;: 기울기 방향으로 0.5–4 × lr 스텝만큼 갈 때의 손실과 기울기</translation>
    </message>
    <message>
        <source>ICS: ‖G − G′‖</source>
        <translation>ICS: ‖G − G′‖</translation>
    </message>
    <message>
        <source>ICS: ‖G − G′‖ / ‖G‖</source>
        <translation>ICS: ‖G − G′‖ / ‖G‖</translation>
    </message>
    <message>
        <source>ICS: cos(G, G′)</source>
        <translation>ICS: cos(G, G′)</translation>
    </message>
    <message>
        <source>Loss range</source>
        <translation>손실 범위</translation>
    </message>
    <message>
        <source>Gradient change range</source>
        <translation>기울기 변화 범위</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>‖Δg‖</source>
        <translation>‖Δg‖</translation>
    </message>
</context>
<context>
    <name>normlab::app::LinearRegionView</name>
    <message>
        <source>in |z| ≤ 1.96</source>
        <translation>|z| ≤ 1.96 안</translation>
    </message>
    <message>
        <source>saturated |z| &gt; %1</source>
        <translation>포화 |z| &gt; %1</translation>
    </message>
    <message>
        <source>mean f′(z) / max f′</source>
        <translation>평균 f′(z) / 최대 f′</translation>
    </message>
    <message>
        <source>BN with γ = 1, β = 0 puts most inputs inside the green band, where the sigmoid is nearly linear; learnable γ and β let the network move them out again when that helps.</source>
        <translation>γ = 1, β = 0인 BN은 대부분의 입력을 시그모이드가 거의 선형인 초록 구간 안에 둡니다. 학습 가능한 γ와 β가 있으면 신경망은 도움이 될 때 입력을 다시 밖으로 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>The networks use another activation; the sigmoid is drawn for reference and the derivative column is for their activation.</source>
        <translation>신경망이 다른 활성화 함수를 씁니다. 시그모이드는 참고용으로 그렸고, 도함수 열은 신경망의 활성화 함수 기준입니다.</translation>
    </message>
    <message>
        <source>Whose activation inputs to show, at the latest step.</source>
        <translation>최근 스텝에서 어느 신경망의 활성화 입력을 표시할지 정합니다.</translation>
    </message>
    <message>
        <source>Saturation &amp;eps:</source>
        <translation>포화 eps(&amp;E):</translation>
    </message>
    <message>
        <source>A sigmoid unit counts as saturated when its output is within eps of 0 or 1, i.e. |z| &gt; ln(1/eps − 1).</source>
        <translation>시그모이드 유닛의 출력이 0이나 1에서 eps 이내이면, 즉 |z| &gt; ln(1/eps − 1)이면 포화된 것으로 봅니다.</translation>
    </message>
    <message>
        <source>Sigmoid and the current activation inputs</source>
        <translation>시그모이드와 현재 활성화 입력</translation>
    </message>
    <message>
        <source>activation input z</source>
        <translation>활성화 입력 z</translation>
    </message>
    <message>
        <source>σ(z) and frequency / peak</source>
        <translation>σ(z)와 빈도 / 최댓값</translation>
    </message>
    <message>
        <source>|z| ≤ 1.96</source>
        <translation>|z| ≤ 1.96</translation>
    </message>
    <message>
        <source>σ(z)</source>
        <translation>σ(z)</translation>
    </message>
    <message>
        <source>inputs, plain</source>
        <translation>입력, 일반</translation>
    </message>
    <message>
        <source>Linear region</source>
        <translation>선형 구간</translation>
    </message>
    <message>
        <source>%1 with γ = 1, β = 0 standardizes each example&apos;s inputs over its own units, so most of them fall inside the green band too, without any batch statistics; learnable γ and β let the network move them out again when that helps.</source>
        <translation>γ = 1, β = 0인 %1은(는) 각 예제의 입력을 그 예제 자신의 유닛들로 표준화하므로, 배치 통계 없이도 대부분의 입력이 초록 띠 안에 들어옵니다. 학습 가능한 γ와 β는 도움이 될 때 신경망이 입력을 다시 밖으로 옮기게 합니다.</translation>
    </message>
    <message>
        <source>inputs with %1</source>
        <translation>%1 사용 시 입력</translation>
    </message>
</context>
<context>
    <name>normlab::app::LoadProgressBar</name>
    <message>
        <source>Loading the data: %1 of %2 MB read (%p%)</source>
        <translation>데이터를 불러오는 중: %2 MB 중 %1 MB 읽음 (%p%)</translation>
    </message>
    <message>
        <source>Loading the data (%p%)</source>
        <translation>데이터를 불러오는 중 (%p%)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop loading; the lab keeps the data it had before.</source>
        <translation>불러오기를 멈춥니다. 실험실은 이전 데이터를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>How much of the data file has been read and converted.</source>
        <translation>데이터 파일을 얼마나 읽고 변환했는지 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::LossCurvesView</name>
    <message>
        <source>Loss above its minimum</source>
        <translation>최솟값 대비 손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>loss − min</source>
        <translation>손실 − 최솟값</translation>
    </message>
</context>
<context>
    <name>normlab::app::MainWindow</name>
    <message>
        <source>%1: the run starts again.</source>
        <translation>%1: 학습을 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <source>Steps per displayed frame (about 30 frames a second). Small values show training in slow motion; &quot;Full speed&quot; trains as fast as the computer can and shows the newest state each frame.</source>
        <translation>화면 한 프레임(초당 약 30프레임)마다 실행할 스텝 수입니다. 작은 값은 학습을 느린 화면으로 보여 주고, &quot;최고 속도&quot;는 컴퓨터가 할 수 있는 만큼 빠르게 학습하며 프레임마다 가장 최근 상태를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source> steps/frame</source>
        <translation> 스텝/프레임</translation>
    </message>
    <message>
        <source>Optimisation steps taken in this run</source>
        <translation>이번 학습에서 실행한 최적화 스텝 수</translation>
    </message>
    <message>
        <source>Passes over the training set (fractional)</source>
        <translation>학습 세트를 훑은 횟수(소수)</translation>
    </message>
    <message>
        <source>Training speed, measured on the worker thread</source>
        <translation>작업 스레드에서 잰 학습 속도</translation>
    </message>
    <message>
        <source>The data set the current lab trains on</source>
        <translation>현재 실험이 학습하는 데이터셋</translation>
    </message>
    <message>
        <source>The experiment could not be started: %1</source>
        <translation>실험을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>에폭 %1</translation>
    </message>
    <message>
        <source>Training diverged at step %1 in &quot;%2&quot;: %3. Nothing non-finite is drawn. Lower the learning rate and press Reset.</source>
        <translation>&quot;%2&quot;에서 스텝 %1에 학습이 발산했습니다: %3. 유한하지 않은 값은 그리지 않습니다. 학습률을 낮추고 초기화를 누르세요.</translation>
    </message>
    <message>
        <source>a value became infinite or NaN</source>
        <translation>어떤 값이 무한대나 NaN이 되었습니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Step –</source>
        <translation>스텝 –</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>에폭 –</translation>
    </message>
    <message>
        <source>– steps/s</source>
        <translation>– 스텝/초</translation>
    </message>
    <message>
        <source>No data set: this lab is not built yet</source>
        <translation>데이터셋 없음: 이 실험은 아직 준비 중입니다</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 스텝/초</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>There are no metrics to export yet: run the lab first.</source>
        <translation>아직 내보낼 지표가 없습니다. 먼저 실험을 실행하세요.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>This lab has no charts to export yet.</source>
        <translation>이 실험에는 아직 내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a &quot;%2&quot; experiment, which no lab in this window can run yet.</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot; 실험이며, 이 창의 어떤 실험도 아직 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>This lab has no experiment settings to save yet.</source>
        <translation>이 실험에는 아직 저장할 실험 설정이 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Experiment files (*.json)</source>
        <translation>실험 파일 (*.json)</translation>
    </message>
    <message>
        <source>Could not open the experiment</source>
        <translation>실험을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <source>Could not save the experiment</source>
        <translation>실험을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Open data set</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>About NormLab</source>
        <translation>NormLab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;Live experiments on feature scaling, batch normalization and mini-batch size, for teaching.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;특성 스케일링, 배치 정규화, 미니배치 크기를 수업에서 실시간 실험으로 보여 주는 프로그램입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The current lab does not load data files.</source>
        <translation>현재 실험은 데이터 파일을 불러오지 않습니다.</translation>
    </message>
    <message>
        <source>Could not open the data set</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the data at %2, which does not exist. Nothing was changed.</source>
        <translation>&quot;%1&quot;은(는) 존재하지 않는 데이터 %2을(를) 사용합니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Step %1: the experiment&apos;s step budget is reached, so the run paused. Play continues past it.</source>
        <translation>스텝 %1: 실험의 스텝 예산에 도달해 학습을 일시 정지했습니다. 재생을 누르면 그 뒤로 계속합니다.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>차트를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>복사하지 못했습니다</translation>
    </message>
    <message>
        <source>This lab shows no chart to copy yet.</source>
        <translation>이 실험실에는 아직 복사할 차트가 없습니다.</translation>
    </message>
    <message>
        <source>The saved results in %1 were not opened: %2. Its settings were.</source>
        <translation>%1에 저장된 결과는 열지 않았습니다: %2. 설정은 열었습니다.</translation>
    </message>
    <message>
        <source>Opened the settings of %1, not its results: %2</source>
        <translation>%1의 설정은 열었고 결과는 열지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Results not opened</source>
        <translation>결과를 열지 않음</translation>
    </message>
</context>
<context>
    <name>normlab::app::NoisyBnView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;More shift, same benefit?&lt;/b&gt; Santurkar et al. (2018) trained a third network: the BN one with random noise after every BN layer, a new shift and scale per unit at every step, so its layer inputs shift all the time.&lt;/p&gt;&lt;p&gt;Tick &lt;i&gt;Noisy BN network&lt;/i&gt; in the controls (or open the bn-noisy preset) to train it beside the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;더 큰 이동, 같은 이득?&lt;/b&gt; Santurkar 외(2018)는 세 번째 신경망을 학습했습니다. BN 신경망과 같지만 모든 BN 층 뒤에 스텝마다 유닛별로 새로운 무작위 이동과 배율을 더하므로, 층 입력이 끊임없이 움직입니다.&lt;/p&gt;&lt;p&gt;컨트롤에서 &lt;i&gt;잡음 BN 신경망&lt;/i&gt;을 켜면(또는 bn-noisy 프리셋을 열면) 다른 두 신경망과 나란히 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Measuring: the first comparison appears at step %1.</source>
        <translation>측정 중: 첫 비교는 스텝 %1에 나타납니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Measured in this run, last hidden layer, averaged over all %1 steps, in step-0 band widths: median / 15–85% band moved &lt;b&gt;%2 / %3&lt;/b&gt; with noisy BN, %4 / %5 plain, %6 / %7 with BN. Test accuracy over the last %8 evaluations: BN %9%, noisy BN %10%, plain %11%.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이번 실행에서 마지막 은닉층을 %1 스텝 전체에 걸쳐 평균해 스텝 0의 띠 너비 단위로 잰 값: 중앙값 / 15–85% 띠가 잡음 BN은 &lt;b&gt;%2 / %3&lt;/b&gt;, 일반은 %4 / %5, BN은 %6 / %7 움직였습니다. 마지막 %8번 평가의 테스트 정확도: BN %9%, 잡음 BN %10%, 일반 %11%.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The noisy network diverged; lower the noise strength or the learning rate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;잡음 신경망이 발산했습니다. 잡음 세기나 학습률을 낮추세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;More shift, same benefit:&lt;/b&gt; noisy BN&apos;s inputs moved more than the plain network&apos;s, yet its accuracy is within %1 points of BN&apos;s. So BN&apos;s advantage does not come from keeping layer inputs still; the smoother loss along the gradient (the &lt;i&gt;Really covariate shift?&lt;/i&gt; tab) is what remains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;더 큰 이동, 같은 이득:&lt;/b&gt; 잡음 BN의 입력은 일반 신경망보다 더 많이 움직였지만, 정확도는 BN과 %1 포인트 안에 있습니다. 따라서 BN의 이점은 층 입력을 제자리에 붙잡아 두는 데서 오지 않습니다. 남는 설명은 기울기 방향으로 더 매끄러운 손실(&lt;i&gt;정말 공변량 변화일까요?&lt;/i&gt; 탭)입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Noisy BN&apos;s inputs moved more than the plain network&apos;s, but in this run its accuracy is %1 points from BN&apos;s: here the noise cost accuracy. A smaller noise strength keeps the shift and costs less.&lt;/p&gt;</source>
        <translation>&lt;p&gt;잡음 BN의 입력은 일반 신경망보다 더 많이 움직였지만, 이번 실행에서 정확도는 BN과 %1 포인트 차이가 납니다. 여기서는 잡음이 정확도를 깎았습니다. 잡음 세기를 줄이면 이동은 남기고 손실은 줄어듭니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this run noisy BN&apos;s inputs did not move more than the plain network&apos;s: raise the noise strength to test the claim.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이번 실행에서 잡음 BN의 입력은 일반 신경망보다 더 많이 움직이지 않았습니다. 주장을 시험하려면 잡음 세기를 높이세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>15–85% band moved (step-0 widths)</source>
        <translation>15–85% 띠 이동 (스텝 0 너비 단위)</translation>
    </message>
    <message>
        <source>Noisy BN</source>
        <translation>잡음 BN</translation>
    </message>
    <message>
        <source>Last hidden layer: input shift</source>
        <translation>마지막 은닉층 입력의 분포 이동</translation>
    </message>
</context>
<context>
    <name>normlab::app::SameLossView</name>
    <message>
        <source>The bundled result was not found.</source>
        <translation>함께 제공된 결과를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not read the result in &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;의 결과를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Open result folder…</source>
        <translation>결과 폴더 열기…</translation>
    </message>
    <message>
        <source>Show another result written by normlab-cli run same-loss --out FOLDER.</source>
        <translation>normlab-cli run same-loss --out FOLDER 가 쓴 다른 결과를 봅니다.</translation>
    </message>
    <message>
        <source>Loss along w(α) = (1 − α) w_small + α w_large</source>
        <translation>w(α) = (1 − α) w_small + α w_large 를 따라 본 손실</translation>
    </message>
    <message>
        <source>α (0 = small-batch solution, 1 = large-batch solution)</source>
        <translation>α (0 = 작은 배치의 해, 1 = 큰 배치의 해)</translation>
    </message>
    <message>
        <source>Cross-entropy loss</source>
        <translation>교차 엔트로피 손실</translation>
    </message>
    <message>
        <source>the two solutions</source>
        <translation>두 해</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundled result&lt;/b&gt;, regenerate with &lt;tt&gt;normlab-cli run same-loss --out FOLDER&lt;/tt&gt;; on the machine that made it each model took %1 s (B = %2) and %3 s (B = %4) of training and measuring.</source>
        <translation>&lt;b&gt;함께 제공된 결과&lt;/b&gt;입니다. &lt;tt&gt;normlab-cli run same-loss --out FOLDER&lt;/tt&gt; 로 다시 만들 수 있습니다. 이 결과를 만든 컴퓨터에서 모델 하나의 학습과 측정에 %1초(B = %2)와 %3초(B = %4)가 걸렸습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result in&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;결과 위치:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Both models trained until their training loss was at most %1: B = %2 reached it in %3 of %4 seeds after %5 epochs (%6 updates), B = %7 in %8 of %9 after %10 epochs (%11 updates).</source>
        <translation>두 모델 모두 훈련 손실이 %1 이하가 될 때까지 학습했습니다: B = %2는 시드 %4개 중 %3개에서 %5 에폭(업데이트 %6번) 뒤에, B = %7은 %9개 중 %8개에서 %10 에폭(업데이트 %11번) 뒤에 도달했습니다.</translation>
    </message>
    <message>
        <source>Test accuracy %1 % vs %2 % (higher for the small batch in %3 of %4 seeds); train − test gap %5 vs %6 points.</source>
        <translation>테스트 정확도 %1 % 대 %2 % (작은 배치가 시드 %4개 중 %3개에서 높음); 훈련 − 테스트 차이 %5 대 %6 포인트.</translation>
    </message>
    <message>
        <source>ε-sharpness (largest rise of the training loss in a small box around the weights, %): %1 for B = %2, %3 for B = %4; higher for the large batch in %5 of %6 seeds.</source>
        <translation>ε-날카로움 (가중치 주위 작은 상자 안에서 훈련 손실이 가장 크게 오르는 정도, %): B = %2는 %1, B = %4는 %3; 큰 배치가 시드 %6개 중 %5개에서 더 높음.</translation>
    </message>
    <message>
        <source>Half a unit of α beyond each solution the training loss rises by %1 on the small-batch side and %2 on the large-batch side.</source>
        <translation>각 해에서 α로 0.5만큼 더 나가면 훈련 손실이 작은 배치 쪽에서 %1, 큰 배치 쪽에서 %2 오릅니다.</translation>
    </message>
    <message>
        <source>training loss, seed band</source>
        <translation>훈련 손실, 시드 범위</translation>
    </message>
    <message>
        <source>test loss, seed band</source>
        <translation>테스트 손실, 시드 범위</translation>
    </message>
    <message>
        <source>This result has no 2-D loss slices (no slice.csv): run it again to add them.</source>
        <translation>이 결과에는 2차원 손실 단면이 없습니다 (slice.csv 없음): 다시 실행하면 추가됩니다.</translation>
    </message>
    <message>
        <source>B = %1, seed %2</source>
        <translation>B = %1, 시드 %2</translation>
    </message>
    <message>
        <source>a (along d₁)</source>
        <translation>a (d₁ 방향)</translation>
    </message>
    <message>
        <source>b (along d₂)</source>
        <translation>b (d₂ 방향)</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>Training loss, the same colours and contour lines in both slices (red dot: the solution): %1</source>
        <translation>학습 손실, 두 단면에 같은 색과 같은 등고선 (빨간 점: 해): %1</translation>
    </message>
    <message>
        <source>2-D slices (Li et al. 2018): the training loss at w + a d₁ + b d₂ for a, b in [−%1, %1] on %2 × %2 points, d₁ and d₂ random directions whose every filter has the norm of the solution&apos;s. Over the slice the loss rises on average by %3 around B = %4 and by %5 around B = %6; the nearest point where it has risen by %7 lies at distance %8 vs %9. The large-batch slice rises more in %10 of %11 seeds.</source>
        <translation>2차원 단면 (Li et al. 2018): a, b가 [−%1, %1]인 %2 × %2 격자에서 w + a d₁ + b d₂의 학습 손실. d₁, d₂는 모든 필터의 노름을 해의 필터 노름에 맞춘 무작위 방향입니다. 단면 전체에서 손실은 평균 B = %4 주변에서 %3, B = %6 주변에서 %5 오릅니다. 손실이 %7 오른 가장 가까운 점까지의 거리는 %8 대 %9입니다. 큰 배치의 단면이 %11개 시드 중 %10개에서 더 많이 오릅니다.</translation>
    </message>
    <message>
        <source>a = %1, b = %2: training loss %3 (%4 above the solution), training accuracy %5 %</source>
        <translation>a = %1, b = %2: 훈련 손실 %3 (해보다 %4 높음), 훈련 정확도 %5 %</translation>
    </message>
</context>
<context>
    <name>normlab::app::ScalingControls</name>
    <message>
        <source>Open data set</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 has no numeric column %2; the pickers show the columns used instead.</source>
        <translation>%1에는 숫자 열 %2이(가) 없습니다. 선택 상자에는 대신 사용하는 열이 표시됩니다.</translation>
    </message>
    <message>
        <source>A new data set was opened</source>
        <translation>새 데이터셋을 열었습니다</translation>
    </message>
    <message>
        <source>The data columns changed</source>
        <translation>데이터 열이 바뀌었습니다</translation>
    </message>
    <message>
        <source>Open a CSV file to use your own data; the synthetic set stays in use until then.</source>
        <translation>직접 준비한 데이터를 쓰려면 CSV 파일을 여세요. 그때까지는 합성 데이터를 계속 씁니다.</translation>
    </message>
    <message>
        <source>The data source changed</source>
        <translation>데이터 소스가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The intercept was switched</source>
        <translation>절편 설정이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The synthetic data changed</source>
        <translation>합성 데이터가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>소스(&amp;S):</translation>
    </message>
    <message>
        <source>Synthetic: house prices from area (x1) and rooms (x2), generated from the sliders below. CSV file: two columns of your own file as features and one as the target.</source>
        <translation>합성: 아래 슬라이더로 생성한 면적 (x1)과 방 개수 (x2)로 주택 가격을 정합니다. CSV 파일: 직접 준비한 파일의 두 열을 특성으로, 한 열을 목표로 씁니다.</translation>
    </message>
    <message>
        <source>Area spread σ1:</source>
        <translation>면적 표준편차 σ1:</translation>
    </message>
    <message>
        <source>Standard deviation of feature x1 (area in m²). A large spread makes the loss steep along w1: λ grows with σ1².</source>
        <translation>특성 x1 (면적, m²)의 표준편차. 퍼짐이 크면 w1 방향으로 손실이 가팔라집니다: λ는 σ1²에 따라 커집니다.</translation>
    </message>
    <message>
        <source>Area mean:</source>
        <translation>면적 평균:</translation>
    </message>
    <message>
        <source>Mean of feature x1. Without an intercept, a mean far from 0 adds mean² to the curvature: λ grows with σ1² + mean1².</source>
        <translation>특성 x1의 평균. 절편이 없으면 0에서 먼 평균이 곡률에 mean²를 더합니다: λ는 σ1² + mean1²에 따라 커집니다.</translation>
    </message>
    <message>
        <source>Rooms spread σ2:</source>
        <translation>방 개수 표준편차 σ2:</translation>
    </message>
    <message>
        <source>Standard deviation of feature x2 (number of rooms). The ratio of the two spreads sets how narrow the valley is: κ ≈ (σ1/σ2)².</source>
        <translation>특성 x2 (방 개수)의 표준편차. 두 퍼짐의 비가 골짜기의 좁기를 정합니다: κ ≈ (σ1/σ2)².</translation>
    </message>
    <message>
        <source>Rooms mean:</source>
        <translation>방 개수 평균:</translation>
    </message>
    <message>
        <source>Mean of feature x2.</source>
        <translation>특성 x2의 평균.</translation>
    </message>
    <message>
        <source>Correlation ρ:</source>
        <translation>상관계수 ρ:</translation>
    </message>
    <message>
        <source>Correlation between x1 and x2. It tilts the valley; even after z-scoring κ = (1 + |ρ|) / (1 − |ρ|).</source>
        <translation>x1과 x2의 상관계수. 골짜기를 기울이며, z-score 뒤에도 κ = (1 + |ρ|) / (1 − |ρ|)입니다.</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>잡음:</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added to the price; raises the minimum loss, not the shape of the valley.</source>
        <translation>가격에 더하는 잡음의 표준편차. 최소 손실을 높일 뿐 골짜기 모양은 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>샘플:</translation>
    </message>
    <message>
        <source>Number of houses generated.</source>
        <translation>생성할 주택 수.</translation>
    </message>
    <message>
        <source>Fit an intercept b</source>
        <translation>절편 b 학습</translation>
    </message>
    <message>
        <source>Model y = w1·x1 + w2·x2 + b. The plots stay two-dimensional: b is set to its best value at every (w1, w2), which is the same as centring the data.</source>
        <translation>모델 y = w1·x1 + w2·x2 + b. 그림은 2차원으로 유지됩니다: 모든 (w1, w2)에서 b를 최적값으로 두며, 이는 데이터를 중심화하는 것과 같습니다.</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>최적화기</translation>
    </message>
    <message>
        <source>&amp;Update rule:</source>
        <translation>업데이트 규칙(&amp;U):</translation>
    </message>
    <message>
        <source>Gradient descent: w ← w − lr·∇L
Momentum: v ← 0.9·v − lr·∇L, w ← w + v
Adam: per-weight steps from running averages of ∇L and ∇L²</source>
        <translation>경사 하강법: w ← w − lr·∇L
모멘텀: v ← 0.9·v − lr·∇L, w ← w + v
Adam: ∇L과 ∇L²의 이동 평균으로 가중치마다 스텝 결정</translation>
    </message>
    <message>
        <source>Compare &amp;at:</source>
        <translation>비교 기준(&amp;A):</translation>
    </message>
    <message>
        <source>Same learning rate for all: every plot uses the same lr, the unfair comparison — the raw features need a tiny lr or they diverge.
Same fraction of each plot&apos;s 2/λmax: each plot uses lr = fraction × 2/λmax of its own surface, the fair comparison. Above 1 gradient descent diverges.</source>
        <translation>모두 같은 학습률: 모든 그림이 같은 lr을 씁니다. 불공정한 비교 — 원래 특성은 lr이 아주 작지 않으면 발산합니다.
각 그림의 2/λmax에 같은 비율: 각 그림이 자기 손실 면의 lr = 비율 × 2/λmax를 씁니다. 공정한 비교이며, 1보다 크면 경사 하강법이 발산합니다.</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <source>Step size lr in w ← w − lr·∇L, on a log scale. Gradient descent is stable only for lr &lt; 2/λmax of each plot.</source>
        <translation>w ← w − lr·∇L의 스텝 크기 lr (로그 스케일). 경사 하강법은 각 그림의 lr &lt; 2/λmax일 때만 안정합니다.</translation>
    </message>
    <message>
        <source>&amp;Fraction:</source>
        <translation>비율(&amp;F):</translation>
    </message>
    <message>
        <source>lr = fraction × 2/λmax for each plot, on a log scale. Gradient descent converges below 1 and diverges above.</source>
        <translation>각 그림의 lr = 비율 × 2/λmax (로그 스케일). 경사 하강법은 1보다 작으면 수렴하고 크면 발산합니다.</translation>
    </message>
    <message>
        <source>&amp;Mini-batch:</source>
        <translation>미니배치(&amp;M):</translation>
    </message>
    <message>
        <source>Examples per gradient estimate; 0 = full batch (the exact gradient). Small batches make the path noisy: the same batch-size idea the batch-size lab explores.</source>
        <translation>기울기를 한 번 추정할 때 쓰는 예제 수. 0 = 전체 배치 (정확한 기울기). 작은 배치는 경로를 흔들리게 합니다: 배치 크기 실험에서 다루는 것과 같은 개념입니다.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;Start (w1, w2):</source>
        <translation>시작점 (w1, w2)(&amp;S):</translation>
    </message>
    <message>
        <source>Where all three runs start, in each plot&apos;s own weights.</source>
        <translation>세 실행 모두의 시작점 (각 그림 자체의 가중치 기준).</translation>
    </message>
    <message>
        <source>Starting w1 for all three runs</source>
        <translation>세 실행 모두의 시작 w1</translation>
    </message>
    <message>
        <source>Starting w2 for all three runs</source>
        <translation>세 실행 모두의 시작 w2</translation>
    </message>
    <message>
        <source>Click any plot to start all three runs there.</source>
        <translation>그림을 클릭하면 세 실행 모두 그 지점에서 시작합니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::ScalingViews</name>
    <message>
        <source>Each plot: the mean squared error over (w1, w2), with the intercept b at its best value for every point, b = mean(y) − w1·mean(x1) − w2·mean(x2). The paths descend this same surface.</source>
        <translation>각 그림: (w1, w2)에 대한 평균 제곱 오차. 절편 b는 각 점에서 최적값 b = mean(y) − w1·mean(x1) − w2·mean(x2)로 둡니다. 경로는 바로 이 면을 따라 내려갑니다.</translation>
    </message>
    <message>
        <source>Each plot: the mean squared error over (w1, w2) of the model y = w1·x1 + w2·x2 (no intercept). The paths descend this same surface.</source>
        <translation>각 그림: 모델 y = w1·x1 + w2·x2 (절편 없음)의 (w1, w2)에 대한 평균 제곱 오차. 경로는 바로 이 면을 따라 내려갑니다.</translation>
    </message>
    <message>
        <source>Loss surfaces</source>
        <translation>손실 면</translation>
    </message>
    <message>
        <source>Loss curves and features</source>
        <translation>손실 곡선과 특성</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#333&quot;&gt;- - -&lt;/span&gt; steepest direction (λmax) &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;· · ·&lt;/span&gt; flattest direction (λmin) &amp;nbsp; ● minimum &amp;nbsp; ○ start &amp;nbsp; — path (click a plot to move the start)</source>
        <translation>&lt;span style=&quot;color:#333&quot;&gt;- - -&lt;/span&gt; 가장 가파른 방향 (λmax) &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;· · ·&lt;/span&gt; 가장 평평한 방향 (λmin) &amp;nbsp; ● 최솟값 &amp;nbsp; ○ 시작점 &amp;nbsp; — 경로 (그림을 클릭해 시작점 이동)</translation>
    </message>
    <message>
        <source>Stretch plots to fill</source>
        <translation>그림을 칸에 맞게 늘이기</translation>
    </message>
    <message>
        <source>Off: one unit of w1 is as long on screen as one unit of w2, so a narrow valley looks narrow and perpendicular directions look perpendicular. On: each plot fills its box for a close-up, and says that it is stretched.</source>
        <translation>끄면: 화면에서 w1의 한 단위와 w2의 한 단위 길이가 같아서, 좁은 골짜기는 좁게, 직각인 방향은 직각으로 보입니다. 켜면: 자세히 보도록 그림마다 칸을 가득 채우고, 늘였다는 사실을 그림에 적습니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::ShiftView</name>
    <message>
        <source>no checkpoint yet</source>
        <translation>아직 체크포인트 없음</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Which hidden layer&apos;s pre-activations z = W x + b (the activation&apos;s input; with BN, the normalized and scaled value) to show.</source>
        <translation>활성화 입력 z = W x + b (활성화 함수의 입력, BN 사용 시 정규화하고 크기를 조정한 값)를 표시할 은닉층.</translation>
    </message>
    <message>
        <source>Same &amp;z scale</source>
        <translation>같은 z 범위(&amp;Z)</translation>
    </message>
    <message>
        <source>Both heatmaps on one z range, so the spread of the inputs compares directly; off: each on its own range, to see its drift.</source>
        <translation>두 히트맵을 같은 z 범위로 그려 입력의 퍼짐을 바로 비교합니다. 끄면 각자 자기 범위로 그려 이동을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>다시 재생</translation>
    </message>
    <message>
        <source>Replays the run from the first checkpoint; drag the slider to scrub.</source>
        <translation>첫 체크포인트부터 실행을 다시 재생합니다. 슬라이더를 끌어 원하는 지점으로 이동하세요.</translation>
    </message>
    <message>
        <source>Checkpoint shown in the lower chart and marked by the black line; at the right end it follows the live run.</source>
        <translation>아래 차트에 표시되고 검은 선으로 표시된 체크포인트. 오른쪽 끝에서는 진행 중인 실행을 따라갑니다.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>input z</source>
        <translation>입력 z</translation>
    </message>
    <message>
        <source>Distribution at the chosen step</source>
        <translation>선택한 스텝의 분포</translation>
    </message>
    <message>
        <source>activation input z</source>
        <translation>활성화 입력 z</translation>
    </message>
    <message>
        <source>density</source>
        <translation>밀도</translation>
    </message>
    <message>
        <source>Covariate shift</source>
        <translation>공변량 변화</translation>
    </message>
    <message>
        <source>%1: %2 of %3 values not finite, not drawn</source>
        <translation>%1: 값 %3개 중 %2개가 유한하지 않아 그리지 않았습니다</translation>
    </message>
    <message>
        <source>One column per evaluation interval (the first is step 0, before any update); darker = more values.</source>
        <translation>평가 구간마다 열이 하나씩 있습니다(첫 열은 업데이트 전인 스텝 0). 진할수록 값이 많습니다.</translation>
    </message>
    <message>
        <source>Here both networks&apos; inputs move about as much.</source>
        <translation>이 실행에서는 두 신경망의 입력이 비슷하게 움직입니다.</translation>
    </message>
    <message>
        <source>No drift measured yet.</source>
        <translation>아직 측정한 이동이 없습니다.</translation>
    </message>
    <message>
        <source>Measured at step %1 against step 0, in step-0 band widths (15–85%): the plain network&apos;s median moved %2 and its band edges up to %3; %6 %4 and %5.</source>
        <translation>%1단계에서 0단계와 비교해 0단계 띠 너비(15–85%) 단위로 측정: 일반 신경망의 중앙값은 %2, 띠 경계는 최대 %3 움직였고, %6은(는) %4와 %5입니다.</translation>
    </message>
    <message>
        <source>Here the plain network&apos;s inputs drift far more than %1&apos;s.</source>
        <translation>여기서는 일반 신경망의 입력이 %1보다 훨씬 많이 이동합니다.</translation>
    </message>
    <message>
        <source>Here %1&apos;s inputs move more than the plain network&apos;s.</source>
        <translation>여기서는 %1의 입력이 일반 신경망보다 많이 움직입니다.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>Plain (no %1)</source>
        <translation>일반 (%1 없음)</translation>
    </message>
</context>
<context>
    <name>normlab::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>하는 일</translation>
    </message>
    <message>
        <source>Shift+click Step</source>
        <translation>Shift+한 스텝 클릭</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>한 에폭</translation>
    </message>
    <message>
        <source>Run one epoch instead of one step</source>
        <translation>한 스텝 대신 한 에폭를 실행합니다</translation>
    </message>
</context>
<context>
    <name>normlab::app::SigmoidInputView</name>
    <message>
        <source>Layer %1, all units</source>
        <translation>%1층, 모든 유닛</translation>
    </message>
    <message>
        <source>Tracked unit (layer %1)</source>
        <translation>추적 유닛 (%1층)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>One unit&apos;s input (as in the paper, Fig. 1b/c) or the percentiles over all units of a layer.</source>
        <translation>유닛 하나의 입력 (논문 그림 1b/c와 같이) 또는 한 층 모든 유닛의 백분위수.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>유닛(&amp;U):</translation>
    </message>
    <message>
        <source>Which unit of the tracked layer to follow; changing it starts a new run (the history is recorded for one unit).</source>
        <translation>추적할 층에서 따라갈 유닛. 바꾸면 새 실행이 시작됩니다 (기록은 유닛 하나에 대해서만 남깁니다).</translation>
    </message>
    <message>
        <source>Same &amp;y scale</source>
        <translation>같은 y 범위(&amp;Y)</translation>
    </message>
    <message>
        <source>Both charts on one y range, so their spreads compare directly.</source>
        <translation>두 차트를 같은 y 범위로 그려 퍼짐을 바로 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>input z</source>
        <translation>입력 z</translation>
    </message>
    <message>
        <source>15th–85th percentile</source>
        <translation>15–85 백분위수</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Sigmoid inputs</source>
        <translation>시그모이드 입력</translation>
    </message>
    <message>
        <source>%1: median moved %2, band edges up to %3, band width ×%4</source>
        <translation>%1: 중앙값 %2, 띠 경계 최대 %3 이동, 띠 너비 ×%4</translation>
    </message>
    <message>
        <source>No drift measured yet.</source>
        <translation>아직 측정한 이동이 없습니다.</translation>
    </message>
    <message>
        <source>Since step 0, in step-0 15–85% band widths: %1.</source>
        <translation>스텝 0 이후, 스텝 0의 15–85% 띠 너비 단위: %1.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>Plain (no %1)</source>
        <translation>일반 (%1 없음)</translation>
    </message>
</context>
<context>
    <name>normlab::app::SmallBatchView</name>
    <message>
        <source>Could not load the data: %1</source>
        <translation>데이터를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Press Run to train every normaliser at every batch size.</source>
        <translation>실행을 누르면 모든 정규화를 모든 배치 크기에서 학습합니다.</translation>
    </message>
    <message>
        <source>no norm</source>
        <translation>정규화 없음</translation>
    </message>
    <message>
        <source>BN (running stats)</source>
        <translation>BN (이동 통계)</translation>
    </message>
    <message>
        <source>BN (batch stats)</source>
        <translation>BN (배치 통계)</translation>
    </message>
    <message>
        <source>LN</source>
        <translation>LN</translation>
    </message>
    <message>
        <source>GN (G = %1)</source>
        <translation>GN (G = %1)</translation>
    </message>
    <message>
        <source>No measurement yet: the statement here is computed from the finished runs once two normalisers share a batch size.</source>
        <translation>아직 측정이 없습니다: 두 정규화가 같은 배치 크기를 가지면, 끝난 실행에서 이곳의 설명을 계산합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured at B = %1:&lt;/b&gt; %2 is ahead with %3% test error; %4 has %5%. The margin, %6 points, is larger than the seed spread (%7 points).</source>
        <translation>&lt;b&gt;B = %1에서 측정:&lt;/b&gt; %2이(가) 테스트 오류 %3%로 앞섭니다. %4은(는) %5%입니다. 차이 %6%p는 시드 간 편차(%7%p)보다 큽니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured at B = %1:&lt;/b&gt; %2 has the lowest test error, %3%; %4 has %5%. The margin, %6 points, is within the seed spread (%7 points), so this run does not separate them.</source>
        <translation>&lt;b&gt;B = %1에서 측정:&lt;/b&gt; %2의 테스트 오류가 %3%로 가장 낮고, %4은(는) %5%입니다. 차이 %6%p는 시드 간 편차(%7%p) 안에 있으므로 이 실행으로는 둘을 가를 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2% → %3%</source>
        <translation>%1 %2% → %3%</translation>
    </message>
    <message>
        <source>Test error from B = %1 down to B = %2: %3.</source>
        <translation>B = %1에서 B = %2로 줄일 때의 테스트 오류: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) diverged and are left out.</source>
        <translation>
            <numerusform>실행 %n개가 발산하여 제외되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch norm&apos;s batch means sit furthest from its running means in layer %1: %2 running standard deviations at B = %3, %4 at B = %5.</source>
        <translation>배치 정규화의 배치 평균이 이동 평균에서 가장 멀리 떨어진 곳은 %1층입니다: B = %3에서 이동 표준편차의 %2배, B = %5에서 %4배.</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <source>Small-batch sweep</source>
        <translation>작은 배치 스윕</translation>
    </message>
    <message>
        <source>&amp;Normalisers:</source>
        <translation>정규화(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>시드 수(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>에포크(&amp;P):</translation>
    </message>
    <message>
        <source>Base &amp;lr:</source>
        <translation>기준 학습률(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation>학습 예제 수(&amp;T):</translation>
    </message>
    <message>
        <source>Which normalisers to compare: none, batch, layer, group (comma separated). Batch norm is evaluated twice: with its running statistics and with each test batch&apos;s own.</source>
        <translation>비교할 정규화: none, batch, layer, group (쉼표로 구분). 배치 정규화는 이동 통계로 한 번, 테스트 배치마다의 통계로 한 번, 두 번 평가합니다.</translation>
    </message>
    <message>
        <source>Every run&apos;s learning rate is this times its batch size (the linear rule), so every batch size gets the same epochs at a comparable step.</source>
        <translation>각 실행의 학습률은 이 값에 배치 크기를 곱한 값(선형 규칙)이므로, 모든 배치 크기가 같은 에포크를 비슷한 보폭으로 학습합니다.</translation>
    </message>
    <message>
        <source>&amp;Run small-batch sweep</source>
        <translation>작은 배치 스윕 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Trains the network once per normaliser, batch size and seed in the background.</source>
        <translation>정규화, 배치 크기, 시드마다 한 번씩 신경망을 백그라운드에서 학습합니다.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Network: a small CNN (%1 and %2 channels, a normalised %3-unit dense layer), %4 test examples; settings not shown here come from the norm-vs-batch preset or the file opened.</source>
        <translation>신경망: 작은 CNN(채널 %1개와 %2개, 정규화된 %3유닛 완전연결층), 테스트 예제 %4개. 여기 없는 설정은 norm-vs-batch 프리셋이나 연 파일에서 옵니다.</translation>
    </message>
    <message>
        <source>Network: an MLP of %1 hidden layers × %2 units, %3 test examples; settings not shown here come from the norm-vs-batch preset or the file opened.</source>
        <translation>신경망: 은닉층 %1개 × 유닛 %2개의 MLP, 테스트 예제 %3개. 여기 없는 설정은 norm-vs-batch 프리셋이나 연 파일에서 옵니다.</translation>
    </message>
    <message>
        <source>Test error vs batch size, per normaliser</source>
        <translation>정규화별 배치 크기에 따른 테스트 오류</translation>
    </message>
    <message>
        <source>Batch size B (log₂ scale)</source>
        <translation>배치 크기 B (log₂ 스케일)</translation>
    </message>
    <message>
        <source>Test error (%)</source>
        <translation>테스트 오류 (%)</translation>
    </message>
    <message>
        <source>Mean over seeds with the min–max band. Batch norm&apos;s statistics come from the batch, so they get noisy as B falls; layer and group norm use each example&apos;s own.</source>
        <translation>시드 평균과 최솟값–최댓값 띠. 배치 정규화의 통계는 배치에서 오므로 B가 작아질수록 잡음이 커지고, 층 정규화와 그룹 정규화는 각 예제 자신의 통계를 씁니다.</translation>
    </message>
    <message>
        <source>BN: batch vs running statistics at the end of training</source>
        <translation>BN: 학습이 끝났을 때의 배치 통계와 이동 통계</translation>
    </message>
    <message>
        <source>|μ_B − μ_run| / σ_run</source>
        <translation>|μ_B − μ_run| / σ_run</translation>
    </message>
    <message>
        <source>How far a training batch&apos;s means sit from the running means used at evaluation, in running standard deviations, per BN layer; averaged over units and training batches of B.</source>
        <translation>학습 배치의 평균이 평가에 쓰는 이동 평균에서 얼마나 떨어져 있는지, BN 층마다 이동 표준편차 단위로 나타냅니다. 유닛과 크기 B의 학습 배치들에 대해 평균했습니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::SurfaceView</name>
    <message>
        <source>%1 — diverged</source>
        <translation>%1 — 발산함</translation>
    </message>
    <message>
        <source>No intercept: a different model from the unscaled one
(best MSE %1 here, %2 unscaled)</source>
        <translation>절편 없음: 스케일링 없는 모델과 다른 모델입니다
(이 그림의 최소 MSE %1, 스케일링 없음 %2)</translation>
    </message>
    <message>
        <source>κ = %1&lt;br&gt;λ&lt;sub&gt;max&lt;/sub&gt; = %2, λ&lt;sub&gt;min&lt;/sub&gt; = %3&lt;br&gt;max stable lr 2/λ&lt;sub&gt;max&lt;/sub&gt; = %4&lt;br&gt;lr in use = %5</source>
        <translation>κ = %1&lt;br&gt;λ&lt;sub&gt;max&lt;/sub&gt; = %2, λ&lt;sub&gt;min&lt;/sub&gt; = %3&lt;br&gt;최대 안정 lr 2/λ&lt;sub&gt;max&lt;/sub&gt; = %4&lt;br&gt;사용 중인 lr = %5</translation>
    </message>
    <message>
        <source> (%1 × 2/λ&lt;sub&gt;max&lt;/sub&gt;)</source>
        <translation> (%1 × 2/λ&lt;sub&gt;max&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;font color=&quot;#9b1c1c&quot;&gt;Diverged at step %1 with lr %2 ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = %3; this run stopped, the others go on.&lt;/font&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;font color=&quot;#9b1c1c&quot;&gt;스텝 %1에서 발산: lr %2 ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = %3. 이 실행만 멈추고 나머지는 계속됩니다.&lt;/font&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged in 1 step&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 스텝 만에 수렴&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged in %1 steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 스텝 만에 수렴&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not converged yet&lt;/b&gt; (step %1)</source>
        <translation>&lt;b&gt;아직 수렴하지 않음&lt;/b&gt; (스텝 %1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;theory ≈ κ·ln(1/tol)/2 = %1 steps at the best lr %2</source>
        <translation>&lt;br&gt;이론값 ≈ κ·ln(1/tol)/2 = %1 스텝 (가장 좋은 lr %2에서)</translation>
    </message>
    <message>
        <source>&lt;br&gt;best momentum for this κ: β = ((√κ−1)/(√κ+1))² = %1 (in use: %2), error × %3 per step</source>
        <translation>&lt;br&gt;이 κ에 가장 좋은 모멘텀: β = ((√κ−1)/(√κ+1))² = %1 (사용 중: %2), 스텝마다 오차 × %3</translation>
    </message>
    <message>
        <source>Stretched: w1 and w2 on different scales</source>
        <translation>늘인 그림: w1과 w2의 눈금 크기가 다릅니다</translation>
    </message>
    <message>
        <source>w1</source>
        <translation>w1</translation>
    </message>
    <message>
        <source>w2</source>
        <translation>w2</translation>
    </message>
    <message>
        <source>Loss contours over the weights (w1, w2); darker = higher loss. Click to start all three runs at that point.</source>
        <translation>가중치 (w1, w2)에 대한 손실 등고선. 어두울수록 손실이 큽니다. 클릭하면 세 실행 모두 그 지점에서 시작합니다.</translation>
    </message>
</context>
<context>
    <name>normlab::app::SweepProgressBox</name>
    <message>
        <source>Loading the data…</source>
        <translation>데이터를 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 points finished…</source>
        <translation>점 %2개 중 %1개 완료…</translation>
    </message>
    <message>
        <source>%1 of %2 runs finished…</source>
        <translation>실행 %2개 중 %1개 끝남…</translation>
    </message>
    <message>
        <source>%1 of %2 points finished.</source>
        <translation>점 %2개 중 %1개 완료.</translation>
    </message>
    <message>
        <source>%1 of %2 runs finished.</source>
        <translation>실행 %2개 중 %1개 끝남.</translation>
    </message>
    <message>
        <source>Cancelling: finished points stay.</source>
        <translation>취소하는 중: 완료된 점은 유지됩니다.</translation>
    </message>
    <message>
        <source>Cancelling: finished runs stay in the charts.</source>
        <translation>취소하는 중: 끝난 실행은 차트에 남습니다.</translation>
    </message>
    <message>
        <source>Cancelled: finished points stay.</source>
        <translation>취소됨: 완료된 점은 유지됩니다.</translation>
    </message>
    <message>
        <source>Cancelled: finished runs stay in the charts.</source>
        <translation>취소됨: 끝난 실행은 차트에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished points stay.</source>
        <translation>진행 중인 실행을 멈춥니다. 완료된 점은 유지됩니다.</translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished runs stay.</source>
        <translation>진행 중인 실행을 멈춥니다. 완료된 실행은 유지됩니다.</translation>
    </message>
    <message>
        <source>Points finished out of those queued.</source>
        <translation>대기열의 점 중 완료된 수.</translation>
    </message>
    <message>
        <source>Runs finished out of those queued.</source>
        <translation>대기열의 실행 중 완료된 수.</translation>
    </message>
</context>
<context>
    <name>normlab::app::TrainingCurvesView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: test accuracy %2%, test loss %3, train − test accuracy %4 points.&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 테스트 정확도 %2%, 테스트 손실 %3, 학습 − 테스트 정확도 %4%p.&lt;br&gt;</translation>
    </message>
    <message>
        <source>At step %1.</source>
        <translation>스텝 %1에서.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>cross-entropy loss (nats)</source>
        <translation>교차 엔트로피 손실 (nats)</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>Generalisation gap</source>
        <translation>일반화 격차</translation>
    </message>
    <message>
        <source>train − test accuracy (points)</source>
        <translation>학습 − 테스트 정확도 (%p)</translation>
    </message>
    <message>
        <source>plain train</source>
        <translation>일반 학습</translation>
    </message>
    <message>
        <source>plain test</source>
        <translation>일반 테스트</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>noisy BN train</source>
        <translation>잡음 BN 학습</translation>
    </message>
    <message>
        <source>noisy BN test</source>
        <translation>잡음 BN 테스트</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 학습</translation>
    </message>
    <message>
        <source>%1 test</source>
        <translation>%1 테스트</translation>
    </message>
</context>
<context>
    <name>normlab::session::TrainingWorker</name>
    <message>
        <source>No experiment to run.</source>
        <translation>실행할 실험이 없습니다.</translation>
    </message>
    <message>
        <source>The experiment could not be created.</source>
        <translation>실험을 만들 수 없습니다.</translation>
    </message>
</context>
</TS>
