#include "app/skranke-cli/invoicepdf.h"

#include "app/skranke-cli/clicontext.h"
#include "ui/documents/invoicedocument.h"

#include <QJsonObject>

namespace skranke::cli {

void writeInvoicePdf(CliContext& ctx, std::int64_t invoiceId, const QString& path) {
    const InvoiceDocument::Data data = InvoiceDocument::load(ctx.db(), invoiceId);
    InvoiceDocument::writePdf(data, path);
    ctx.print(
        QJsonObject{{QStringLiteral("number"), qint64(data.invoice.number)},
                    {QStringLiteral("pdf"), path}},
        [&] {
            return QCoreApplication::translate("skranke::cli::Invoice", "Wrote %1.").arg(path);
        });
}

}  // namespace skranke::cli
