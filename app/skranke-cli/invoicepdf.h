#pragma once

#include <QString>
#include <cstdint>

namespace skranke::cli {

class CliContext;

// Renders an invoice or credit note to a PDF file (offscreen) and reports it.
void writeInvoicePdf(CliContext& ctx, std::int64_t invoiceId, const QString& path);

}  // namespace skranke::cli
