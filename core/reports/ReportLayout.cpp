#include "reports/ReportLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace pulsedesk::reports {

namespace {

constexpr qreal MarginMm = 15;
constexpr qreal HeaderMm = 12;
constexpr qreal FooterMm = 10;
constexpr qreal CellPaddingMm = 0.8;
const QColor RuleColour(0x90, 0x90, 0x90);
const QColor HeaderFill(0xdd, 0xe3, 0xea);
const QColor StripeFill(0xf3, 0xf5, 0xf7);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Text laid out once in a width, wrapped at word boundaries or, for a word longer than the width, inside it;
/// painted exactly as measured.
class WrappedText
{
public:
    WrappedText(QString text, const QFont& font, qreal width, Qt::Alignment align, const QPaintDevice& device)
        : m_layout(std::make_shared<QTextLayout>(text.replace(QLatin1Char('\n'), QChar::LineSeparator), font,
                                                 const_cast<QPaintDevice*>(&device)))
    {
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout->endLayout();
    }
    qreal height() const { return m_height; }
    void paint(QPainter& painter, const QPointF& topLeft) const
    {
        painter.setPen(Qt::black);
        m_layout->draw(&painter, topLeft);
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace

ReportFonts ReportFonts::standard()
{
    return {font(15, true), font(11.5, true), font(8.5), font(8.5, true), font(7)};
}

PageGeometry::PageGeometry(const QPaintDevice& device)
    : m_dpi(device.logicalDpiY())
    , m_page(0, 0, device.width(), device.height())
{ }

QRectF PageGeometry::header() const
{
    return QRectF(m_page.left() + mm(MarginMm), m_page.top() + mm(MarginMm), m_page.width() - 2 * mm(MarginMm),
                  mm(HeaderMm));
}

QRectF PageGeometry::footer() const
{
    return QRectF(m_page.left() + mm(MarginMm), m_page.bottom() - mm(MarginMm) - mm(FooterMm),
                  m_page.width() - 2 * mm(MarginMm), mm(FooterMm));
}

QRectF PageGeometry::body() const
{
    const QRectF top = header();
    const QRectF bottom = footer();
    return QRectF(top.left(), top.bottom(), top.width(), bottom.top() - top.bottom());
}

ReportFlow::ReportFlow(const QPaintDevice& device, ReportFonts fonts)
    : m_device(device)
    , m_fonts(std::move(fonts))
    , m_geometry(device)
{ }

qreal ReportFlow::textHeight(const QFont& font, const QString& text, qreal width, int flags) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}

void ReportFlow::addRow(Row row)
{
    m_rows.push_back(std::make_shared<const Row>(std::move(row)));
}

void ReportFlow::addSpace(qreal millimetres)
{
    addRow(makeRow(m_geometry.mm(millimetres), [](QPainter&, const QRectF&) {}));
}

void ReportFlow::addHeading(const QString& text)
{
    const QFont f = m_fonts.heading;
    const qreal height = textHeight(f, text, width(), Qt::TextWordWrap) + m_geometry.mm(2.5);
    const qreal gap = m_geometry.mm(2.5);
    addRow(makeRow(
        height,
        [f, text, gap](QPainter& p, const QRectF& r) {
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(r.adjusted(0, gap, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        },
        true));
}

void ReportFlow::addParagraph(const QString& text, const QFont& font, qreal indentMm, bool keepWithNext)
{
    const qreal indent = m_geometry.mm(indentMm);
    const qreal lineWidth = width() - indent;
    const QFontMetricsF metrics(font, &m_device);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString& paragraph = paragraphs.at(i);
        QTextLayout layout(paragraph, font, const_cast<QPaintDevice*>(&m_device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QStringList parts;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            parts.append(paragraph.mid(line.textStart(), line.textLength()));
        }
        layout.endLayout();
        if (parts.isEmpty())
            parts.append(QString());
        // A short paragraph is never broken across pages; a longer one may be, between any of its lines.
        const bool whole = parts.size() <= KeepTogetherLines;
        const bool last = i + 1 == paragraphs.size();
        for (qsizetype l = 0; l < parts.size(); ++l) {
            const bool lastLine = l + 1 == parts.size();
            addRow(makeRow(
                metrics.lineSpacing(),
                [font, part = parts.at(l), indent](QPainter& p, const QRectF& r) {
                    if (part.isEmpty())
                        return;
                    p.setFont(font);
                    p.setPen(Qt::black);
                    p.drawText(r.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, part);
                },
                (whole && !lastLine) || (lastLine && last && keepWithNext)));
        }
    }
}

void ReportFlow::addFields(const QList<QPair<QString, QString>>& fields)
{
    qreal labelWidth = 0;
    const QFontMetricsF metrics(m_fonts.bold, &m_device);
    for (const auto& field : fields)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(field.first));
    labelWidth = std::min(labelWidth + m_geometry.mm(3), width() / 3);
    for (const auto& field : fields) {
        const WrappedText label(field.first, m_fonts.bold, labelWidth - m_geometry.mm(2), Qt::AlignLeft, m_device);
        const WrappedText value(field.second, m_fonts.body, width() - labelWidth, Qt::AlignLeft, m_device);
        addRow(makeRow(std::max(label.height(), value.height()) + m_geometry.mm(0.6),
                       [label, value, labelWidth](QPainter& p, const QRectF& r) {
                           label.paint(p, r.topLeft());
                           value.paint(p, r.topLeft() + QPointF(labelWidth, 0));
                       }));
    }
}

void ReportFlow::addTable(const QList<TableColumn>& columns, const QList<QStringList>& rows, const QString& empty)
{
    if (rows.isEmpty()) {
        addParagraph(empty, m_fonts.body);
        return;
    }
    qreal total = 0;
    for (const TableColumn& c : columns)
        total += c.weight;
    QList<qreal> widths;
    for (const TableColumn& c : columns)
        widths.append(width() * c.weight / total);
    const qreal pad = m_geometry.mm(CellPaddingMm);
    const auto row = [&](const QStringList& cells, const QFont& f, const QColor& fill, bool keepWithNext,
                         std::shared_ptr<const Row> repeat, bool fitWords) {
        std::vector<WrappedText> texts;
        qreal height = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const qreal inside = widths[i] - 2 * pad;
            texts.emplace_back(cells.value(i), fitWords ? wordsFitting(cells.value(i), f, inside) : f, inside,
                               columns[i].align, m_device);
            height = std::max(height, texts.back().height());
        }
        return std::make_shared<const Row>(makeRow(
            height + 2 * pad,
            [texts, widths, pad, fill](QPainter& p, const QRectF& r) {
                if (fill.isValid())
                    p.fillRect(r, fill);
                qreal x = r.left();
                for (size_t i = 0; i < texts.size(); ++i) {
                    texts[i].paint(p, QPointF(x + pad, r.top() + pad));
                    x += widths[int(i)];
                }
                p.setPen(QPen(RuleColour, 0));
                p.drawLine(r.bottomLeft(), r.bottomRight());
            },
            keepWithNext, std::move(repeat)));
    };
    QStringList titles;
    for (const TableColumn& c : columns)
        titles.append(c.title);
    QFont headFont = m_fonts.small;
    headFont.setBold(true);
    // A column's title is never broken inside a word ("Messwert-e"): a title whose longest word is wider than
    // its column is set smaller.
    auto header = row(titles, headFont, HeaderFill, true, {}, true);
    m_rows.push_back(header);
    for (int i = 0; i < rows.size(); ++i)
        m_rows.push_back(row(rows[i], m_fonts.body, i % 2 == 1 ? StripeFill : QColor(), false, header, false));
}

QFont ReportFlow::wordsFitting(const QString& text, QFont font, qreal width) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    const qreal smallest = font.pointSizeF() * 0.7;
    for (;;) {
        const QFontMetricsF metrics(font, &m_device);
        qreal widest = 0;
        for (const QString& word : words)
            widest = std::max(widest, metrics.horizontalAdvance(word));
        if (widest <= width || font.pointSizeF() - 0.25 < smallest)
            return font;
        font.setPointSizeF(font.pointSizeF() - 0.25);
    }
}

std::vector<std::vector<ReportFlow::Placed>> ReportFlow::paginate() const
{
    const QRectF body = m_geometry.body();
    std::vector<std::vector<Placed>> pages(1);
    qreal y = body.top();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = *m_rows[i];
        // A heading or a table header needs room for the row after it as well.
        qreal needed = row.height;
        for (size_t j = i; j + 1 < m_rows.size() && m_rows[j]->keepWithNext; ++j)
            needed += m_rows[j + 1]->height;
        const bool fits = y + std::min(needed, body.height()) <= body.bottom();
        if (!fits && !pages.back().empty()) {
            pages.emplace_back();
            y = body.top();
            if (row.repeat) {
                pages.back().push_back({row.repeat.get(), y});
                y += row.repeat->height;
            }
        }
        pages.back().push_back({&row, y});
        y += row.height;
    }
    return pages;
}

} // namespace pulsedesk::reports
