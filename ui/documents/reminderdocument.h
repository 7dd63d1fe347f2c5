#pragma once

#include "core/company/companyprofile.h"
#include "core/dunning/reminder.h"
#include "core/parties/debtor.h"
#include "ui/documents/documenttext.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace skranke {

class Database;

// A reminder (rykker) on A4 in the debtor's language: letterhead and
// address, the heading and body as rendered when the reminder was created,
// the overdue invoices with their interest, the fee, compensation and
// interest lines, the total, the new due date and how to pay.
class ReminderDocument final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderDocument)
public:
    struct Data {
        CompanyProfile company;
        Debtor debtor;
        Reminder reminder;
    };

    static Data load(Database& db, std::int64_t reminderNumber);

    explicit ReminderDocument(Data data);
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter& painter, int index) const;
    void print(QPagedPaintDevice& device) const;
    void writePdf(const QString& path) const;
    QByteArray pdf() const;
    // Several reminders in one file, for printing a run in one go.
    static void writeMergedPdf(const std::vector<Data>& reminders, const QString& path);
    // "reminder-<number>.pdf"
    static QString fileName(std::int64_t reminderNumber);

private:
    static constexpr double BodyTop = 300;
    static constexpr double TableTopNext = 110;
    static constexpr double ContentBottom = 780;
    static constexpr int MaxBodyLines = 24;

    struct Page {
        int firstLine = 0;
        int lineCount = 0;
        bool body = false;
        bool totals = false;
    };
    QString t(const char* source) const;
    double paintTable(QPainter& p, double y, const Page& page) const;
    void paintTotals(QPainter& p, double y) const;
    double tableTop(const Page& page) const;
    double totalsHeight() const;
    void paintAll(QPainter& painter, QPagedPaintDevice& device, bool firstOnDevice) const;

    Data m_data;
    DocumentText m_text;
    QStringList m_body;
    std::vector<Page> m_pages;
};

}  // namespace skranke
