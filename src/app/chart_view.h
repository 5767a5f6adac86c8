#pragma once
// The project's chart widget. Qt Charts stays behind this class (it is
// deprecated from Qt 6.10, so a port must stay local): labs add series by
// index and replace their points once per frame.

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace normlab::app {

class ChartView : public QWidget {
    Q_OBJECT
  public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setTitle(const QString& title);
    [[nodiscard]] QString title() const;
    void setAxisTitles(const QString& x, const QString& y);
    void setXRange(double min, double max);
    void setYRange(double min, double max);

    // Returns the series index used by setPoints().
    int addLineSeries(const QString& name, const QColor& color, qreal width = 2.0);
    int addScatterSeries(const QString& name, const QColor& color, qreal markerSize = 8.0);
    // An empty name hides the series from the legend.
    void setSeriesName(int series, const QString& name);
    [[nodiscard]] int seriesCount() const;
    // Replaces a series' points in one call; non-finite points are dropped so
    // a diverged run never draws garbage.
    void setPoints(int series, const QList<QPointF>& points);
    [[nodiscard]] QList<QPointF> points(int series) const;
    // Fits both axes to the finite points of every series (with a margin).
    void fitAxes();

    // The chart as an image of logical size size() * scale (device pixel
    // ratio `scale`), for projectors that need 2x or 3x.
    [[nodiscard]] QImage renderImage(qreal scale) const;
    // Written atomically; on failure returns false and sets `error`.
    bool exportPng(const QString& path, qreal scale, QString* error) const;
    bool exportSvg(const QString& path, QString* error) const;
    // Scene position of a data point, for pixel checks in tests.
    [[nodiscard]] QPointF mapToWidget(const QPointF& value, int series = 0) const;
    // Recolours a series (line pen or scatter marker), e.g. when a reused
    // series now shows another run.
    void setSeriesColor(int series, const QColor& color);

  protected:
    void changeEvent(QEvent* event) override;
    [[nodiscard]] QChart* chart() const { return chart_; }

  private:
    void applyFonts();
    static QList<QPointF> thinned(const QList<QPointF>& points, qsizetype maxPoints);
    void renderTo(class QPainter& painter, const QRectF& target) const;

    QChartView* view_ = nullptr;
    QChart* chart_ = nullptr;
    QValueAxis* xAxis_ = nullptr;
    QValueAxis* yAxis_ = nullptr;
    QList<QXYSeries*> series_;
};

}  // namespace normlab::app
