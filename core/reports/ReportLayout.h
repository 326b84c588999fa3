#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace pulsedesk::reports {

/// The fonts of a report, in points; measured and drawn on the report's device.
struct ReportFonts
{
    QFont title;
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;

    static ReportFonts standard();
};

/// A horizontal strip of a page: its height on the device and how to paint it into its rectangle.
struct Row
{
    qreal height = 0;
    std::function<void(QPainter&, const QRectF&)> paint;
    bool keepWithNext = false; ///< never the last row of a page (a heading, a table's header)
    std::shared_ptr<const Row> repeat; ///< painted first when this row starts a page: its table's header
};

/// A row of the given height painted by `paint`.
inline Row makeRow(qreal height, std::function<void(QPainter&, const QRectF&)> paint, bool keepWithNext = false,
                   std::shared_ptr<const Row> repeat = {})
{
    Row row;
    row.height = height;
    row.paint = std::move(paint);
    row.keepWithNext = keepWithNext;
    row.repeat = std::move(repeat);
    return row;
}

/// A table's column: its title, its share of the width and the alignment of its cells.
struct TableColumn
{
    QString title;
    qreal weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

/// The page a report is laid out on, in device units.
class PageGeometry
{
public:
    explicit PageGeometry(const QPaintDevice& device);
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    /// The paper as the painter sees it.
    QRectF page() const { return m_page; }
    /// Where the content goes: inside the margins, between the page header and footer.
    QRectF body() const;
    QRectF header() const;
    QRectF footer() const;

private:
    qreal m_dpi = 72;
    QRectF m_page;
};

/// A report's content as rows, laid out top to bottom and broken into pages: a row that does not fit starts a
/// new page (with its table's header again), a heading stays with what follows it.
class ReportFlow
{
public:
    ReportFlow(const QPaintDevice& device, ReportFonts fonts);

    const PageGeometry& geometry() const { return m_geometry; }
    const ReportFonts& fonts() const { return m_fonts; }
    const QPaintDevice& device() const { return m_device; }
    qreal width() const { return m_geometry.body().width(); }

    void addRow(Row row);
    void addSpace(qreal millimetres);
    void addHeading(const QString& text);
    /// Paragraphs of this many lines or fewer are kept on one page.
    static constexpr int KeepTogetherLines = 6;
    /// Wrapped text; a paragraph of more than KeepTogetherLines lines may break between its lines across pages.
    /// `keepWithNext`: its last line stays on the page of the row after it (a title and what it titles).
    void addParagraph(const QString& text, const QFont& font, qreal indentMm = 0, bool keepWithNext = false);
    /// "Label: value" lines, the labels in a column of their own.
    void addFields(const QList<QPair<QString, QString>>& fields);
    /// A table with a header row repeated on every page it continues on; `empty` is shown when it has no rows.
    void addTable(const QList<TableColumn>& columns, const QList<QStringList>& rows, const QString& empty);

    /// The rows of each page with their top, in device units.
    struct Placed
    {
        const Row* row = nullptr;
        qreal top = 0;
    };
    std::vector<std::vector<Placed>> paginate() const;

private:
    /// `font`, or as much smaller (down to 70 %) as needed for the longest word of `text` to fit `width`.
    QFont wordsFitting(const QString& text, QFont font, qreal width) const;
    qreal textHeight(const QFont& font, const QString& text, qreal width, int flags) const;

    const QPaintDevice& m_device;
    ReportFonts m_fonts;
    PageGeometry m_geometry;
    std::vector<std::shared_ptr<const Row>> m_rows;
};

} // namespace pulsedesk::reports
