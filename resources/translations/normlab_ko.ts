<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
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
        <source>Save the current lab's settings as an experiment file (JSON)</source>
        <translation>현재 실험의 설정을 실험 파일(JSON)로 저장합니다</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>다른 이름으로 실험 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the current lab's settings under a new file name</source>
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
        <source>Save the current run's metrics, one row per recorded step, as CSV</source>
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
        <translation>최적화 스텝을 한 번 실행합니다(Shift: 한 에포크)</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>한 에포크(&amp;E)</translation>
    </message>
    <message>
        <source>Run one epoch: every mini-batch of the training set once</source>
        <translation>한 에포크를 실행합니다: 학습 세트의 모든 미니배치를 한 번씩</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Start the run again from fresh initial weights (R)</source>
        <translation>새 초기 가중치로 학습을 처음부터 다시 시작합니다(R)</translation>
    </message>
</context>
<context>
    <name>normlab::app::AtomicFile</name>
    <message>
        <source>Could not write "%1": %2</source>
        <translation>"%1"을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchNormPage</name>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <source>Two spirals (synthetic)</source>
        <translation>두 나선(합성)</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>The training data; changing it starts a new run.</source>
        <translation>학습 데이터입니다. 바꾸면 새 학습이 시작됩니다.</translation>
    </message>
    <message>
        <source>Hidden &amp;layers:</source>
        <translation>은닉층 수(&amp;L):</translation>
    </message>
    <message>
        <source>Number of hidden layers in both networks; changing it starts a new run.</source>
        <translation>두 신경망의 은닉층 수입니다. 바꾸면 새 학습이 시작됩니다.</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>활성화 함수(&amp;A):</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Non-linearity after each layer: ReLU max(0, x), sigmoid 1 / (1 + e^-x) or tanh.</source>
        <translation>각 층 뒤의 비선형 함수: ReLU max(0, x), 시그모이드 1 / (1 + e^-x) 또는 tanh.</translation>
    </message>
    <message>
        <source>L&amp;earning rate:</source>
        <translation>학습률(&amp;E):</translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad, the same for both twins.</source>
        <translation>w &lt;- w - lr * grad의 보폭 lr이며, 두 쌍둥이 신경망에 똑같이 적용됩니다.</translation>
    </message>
    <message>
        <source>Learnable &amp;gamma/beta:</source>
        <translation>gamma/beta 학습(&amp;G):</translation>
    </message>
    <message>
        <source>Whether the scale gamma and shift beta in y = gamma * (x - mean_B) / sqrt(var_B + eps) + beta are trained or frozen at 1 and 0.</source>
        <translation>y = gamma * (x - mean_B) / sqrt(var_B + eps) + beta 의 배율 gamma와 이동 beta를 학습할지, 1과 0으로 고정할지 정합니다.</translation>
    </message>
    <message>
        <source>BN &amp;mode:</source>
        <translation>BN 모드(&amp;M):</translation>
    </message>
    <message>
        <source>Train (batch statistics)</source>
        <translation>학습(배치 통계)</translation>
    </message>
    <message>
        <source>Eval (running statistics)</source>
        <translation>평가(이동 평균 통계)</translation>
    </message>
    <message>
        <source>Train normalizes with the mini-batch mean_B and var_B; eval uses the running averages collected during training.</source>
        <translation>학습 모드는 미니배치의 mean_B와 var_B로 정규화하고, 평가 모드는 학습 중에 모은 이동 평균을 씁니다.</translation>
    </message>
    <message>
        <source>Batch normalization lab — coming in the next build</source>
        <translation>배치 정규화 실험 — 다음 빌드에서 제공됩니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here a plain network and the same network with batch normalization train in lockstep from the same initial weights on the same batches.&lt;/p&gt;&lt;p&gt;You will see both loss and accuracy curves, each layer's activation distribution over time (15th, 50th and 85th percentiles), the learned gamma and beta, and how much each layer's input distribution shifts between steps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;여기서는 일반 신경망과 배치 정규화를 넣은 같은 신경망이 같은 초기 가중치와 같은 배치로 나란히 학습합니다.&lt;/p&gt;&lt;p&gt;두 신경망의 손실과 정확도 곡선, 시간에 따른 각 층의 활성값 분포(15, 50, 85 백분위수), 학습된 gamma와 beta, 그리고 스텝 사이에 각 층의 입력 분포가 얼마나 움직이는지를 보게 됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchSizePage</name>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Batch &amp;sizes:</source>
        <translation>배치 크기(&amp;S):</translation>
    </message>
    <message>
        <source>Mini-batch sizes B to compare, separated by commas. The gradient's noise shrinks roughly like 1 / sqrt(B).</source>
        <translation>비교할 미니배치 크기 B를 쉼표로 구분해 적습니다. 기울기의 잡음은 대략 1 / sqrt(B)처럼 줄어듭니다.</translation>
    </message>
    <message>
        <source>Learning-rate &amp;rule:</source>
        <translation>학습률 규칙(&amp;R):</translation>
    </message>
    <message>
        <source>Same for all</source>
        <translation>모두 같게</translation>
    </message>
    <message>
        <source>Linear: lr * B / B0</source>
        <translation>선형: lr * B / B0</translation>
    </message>
    <message>
        <source>Square root: lr * sqrt(B / B0)</source>
        <translation>제곱근: lr * sqrt(B / B0)</translation>
    </message>
    <message>
        <source>How the learning rate changes with the batch size B relative to the smallest size B0.</source>
        <translation>가장 작은 크기 B0에 대한 배치 크기 B에 따라 학습률을 어떻게 바꿀지 정합니다.</translation>
    </message>
    <message>
        <source>Base &amp;learning rate:</source>
        <translation>기본 학습률(&amp;L):</translation>
    </message>
    <message>
        <source>Step size lr for the smallest batch size, in w &lt;- w - lr * grad.</source>
        <translation>가장 작은 배치 크기에서 w &lt;- w - lr * grad의 보폭 lr입니다.</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>에포크 수(&amp;E):</translation>
    </message>
    <message>
        <source>Passes over the training set for every batch size.</source>
        <translation>배치 크기마다 학습 세트를 몇 번 훑을지 정합니다.</translation>
    </message>
    <message>
        <source>Batch size lab — coming in the next build</source>
        <translation>배치 크기 실험 — 다음 빌드에서 제공됩니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the same model trains once per batch size, all from the same initial weights.&lt;/p&gt;&lt;p&gt;You will see the loss against epochs, against optimisation steps and against wall-clock time for each batch size, the noise of the gradient estimate, and the descent paths across the loss surface.&lt;/p&gt;</source>
        <translation>&lt;p&gt;여기서는 같은 모델이 배치 크기마다 한 번씩, 모두 같은 초기 가중치에서 학습합니다.&lt;/p&gt;&lt;p&gt;배치 크기별로 에포크, 최적화 스텝, 실제 경과 시간에 따른 손실, 기울기 추정의 잡음, 그리고 손실 곡면 위의 하강 경로를 보게 됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
</context>
<context>
    <name>normlab::app::ChartView</name>
    <message>
        <source>Could not encode the chart "%1" as PNG.</source>
        <translation>차트 "%1"을(를) PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Exported from NormLab</source>
        <translation>NormLab에서 내보냄</translation>
    </message>
</context>
<context>
    <name>normlab::app::DescentDemoPage</name>
    <message>
        <source>The batch size changed</source>
        <translation>배치 크기가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Diverged: nothing non-finite is drawn.</source>
        <translation>발산: 유한하지 않은 값은 그리지 않습니다.</translation>
    </message>
    <message>
        <source>Batch loss: %1
Learning rate: %2</source>
        <translation>배치 손실: %1
학습률: %2</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad; takes effect at the next step. Stable below about 2 / 9 here.</source>
        <translation>w &lt;- w - lr * grad의 보폭 lr이며, 다음 스텝부터 적용됩니다. 여기서는 약 2 / 9보다 작아야 안정적입니다.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <source>Samples per gradient estimate; changing it starts a new run.</source>
        <translation>기울기 한 번을 추정하는 데 쓰는 샘플 수입니다. 바꾸면 새 학습이 시작됩니다.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <source>Weights' path</source>
        <translation>가중치의 경로</translation>
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
        <source>Gradient descent (demo)</source>
        <translation>경사 하강법(데모)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScalingPage</name>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation>스케일링(&amp;S):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation>최소-최대</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-점수</translation>
    </message>
    <message>
        <source>How the features are rescaled before training, fitted on the training split only.
Min-max: x' = (x - min) / (max - min)
Z-score: x' = (x - mean) / std</source>
        <translation>학습 전에 특성의 크기를 어떻게 맞출지 정하며, 학습 데이터로만 맞춥니다.
최소-최대: x' = (x - min) / (max - min)
Z-점수: x' = (x - mean) / std</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>최적화기(&amp;O):</translation>
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
        <source>The update rule.
SGD: w &lt;- w - lr * grad
Momentum: v &lt;- beta * v + grad, w &lt;- w - lr * v
Adam: per-weight steps from running moments of the gradient</source>
        <translation>갱신 규칙입니다.
SGD: w &lt;- w - lr * grad
모멘텀: v &lt;- beta * v + grad, w &lt;- w - lr * v
Adam: 기울기의 이동 모멘트로 가중치마다 보폭을 정합니다</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad. Plain gradient descent is stable only for lr &lt; 2 / lambda_max of the Hessian.</source>
        <translation>w &lt;- w - lr * grad의 보폭 lr입니다. 일반 경사 하강법은 헤세 행렬의 lr &lt; 2 / lambda_max일 때만 안정적입니다.</translation>
    </message>
    <message>
        <source>Feature scale &amp;ratio:</source>
        <translation>특성 크기 비율(&amp;R):</translation>
    </message>
    <message>
        <source>How much larger the second feature's spread is than the first's; stretches the loss contours into ellipses with condition number about ratio^2.</source>
        <translation>두 번째 특성의 퍼짐이 첫 번째보다 몇 배 큰지 정합니다. 손실 등고선이 조건수 약 ratio^2인 타원으로 늘어납니다.</translation>
    </message>
    <message>
        <source>&amp;Correlation:</source>
        <translation>상관계수(&amp;C):</translation>
    </message>
    <message>
        <source>Correlation rho between the two features; tilts the ellipses.</source>
        <translation>두 특성 사이의 상관계수 rho이며, 타원을 기울입니다.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <source>Samples per gradient estimate (mini-batch size).</source>
        <translation>기울기 한 번을 추정하는 데 쓰는 샘플 수(미니배치 크기)입니다.</translation>
    </message>
    <message>
        <source>Feature scaling lab — coming in the next build</source>
        <translation>특성 스케일링 실험 — 다음 빌드에서 제공됩니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you will see the least-squares loss of a two-feature regression as contour lines in weight space, with the path each optimizer takes across it, for raw and for scaled features side by side.&lt;/p&gt;&lt;p&gt;Beside the paths: the Hessian's eigenvalues, its condition number kappa = lambda_max / lambda_min and the largest stable learning rate 2 / lambda_max, and the loss curve of each run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;여기서는 두 특성 회귀의 최소제곱 손실을 가중치 공간의 등고선으로 보고, 각 최적화기가 그 위를 지나가는 경로를 원래 특성과 스케일링한 특성으로 나란히 비교합니다.&lt;/p&gt;&lt;p&gt;경로 옆에는 헤세 행렬의 고윳값, 조건수 kappa = lambda_max / lambda_min, 가장 큰 안정 학습률 2 / lambda_max, 그리고 각 학습의 손실 곡선이 표시됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation>특성 스케일링</translation>
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
        <source>Steps per displayed frame (about 30 frames a second). Small values show training in slow motion; "Full speed" trains as fast as the computer can and shows the newest state each frame.</source>
        <translation>화면 한 프레임(초당 약 30프레임)마다 실행할 스텝 수입니다. 작은 값은 학습을 느린 화면으로 보여 주고, "최고 속도"는 컴퓨터가 할 수 있는 만큼 빠르게 학습하며 프레임마다 가장 최근 상태를 보여 줍니다.</translation>
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
        <translation>에포크 %1</translation>
    </message>
    <message>
        <source>Training diverged at step %1 in "%2": %3. Nothing non-finite is drawn. Lower the learning rate and press Reset.</source>
        <translation>"%2"에서 스텝 %1에 학습이 발산했습니다: %3. 유한하지 않은 값은 그리지 않습니다. 학습률을 낮추고 초기화를 누르세요.</translation>
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
        <translation>에포크 –</translation>
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
        <source>"%1" is a "%2" experiment, which no lab in this window can run yet.</source>
        <translation>"%1"은(는) "%2" 실험이며, 이 창의 어떤 실험도 아직 실행할 수 없습니다.</translation>
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
        <source>The current lab chooses its data set in its own controls; loading other data sets arrives with the labs.</source>
        <translation>현재 실험은 자체 조절 항목에서 데이터셋을 고릅니다. 다른 데이터셋 불러오기는 실험과 함께 제공됩니다.</translation>
    </message>
    <message>
        <source>About NormLab</source>
        <translation>NormLab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;Live experiments on feature scaling, batch normalization and mini-batch size, for teaching.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;특성 스케일링, 배치 정규화, 미니배치 크기를 수업에서 실시간 실험으로 보여 주는 프로그램입니다.&lt;/p&gt;</translation>
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
        <translation>한 에포크</translation>
    </message>
    <message>
        <source>Run one epoch instead of one step</source>
        <translation>한 스텝 대신 한 에포크를 실행합니다</translation>
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