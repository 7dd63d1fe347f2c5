#pragma once

#include "core/money/rate.h"
#include "core/orders/order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

// The webshop's order file, format "skranke-orders/1": one JSON object in UTF-8.
//
//   {
//     "format": "skranke-orders/1",      required, exactly this text
//     "orders": [ ORDER, ... ]           required; may be empty
//   }
//
// ORDER
//   "external_id"  TEXT, required, at most 64 characters: the webshop's order
//                  number; no two orders in one file may share it
//   "created"      TEXT, required: an ISO 8601 time with Z or an offset,
//                  "2026-11-20T14:03:00Z", "2026-11-20T15:03:00.250+01:00";
//                  a time without a zone is refused (it would be ambiguous)
//   "currency"     TEXT, required: an ISO 4217 code Skranke knows, "DKK"
//   "customer"     object, required, one of
//                    { "id": 12 }  a registered customer (whole number >= 1)
//                    { "name": "Mette Holm", "email": "mette@example.dk" }
//                  "email" is optional and must contain "@"; when "id" is
//                  given, "name" is not used (Skranke has the customer's name)
//   "payment"      object, required:
//     "type"           card | mobilepay | vipps | swish | bank_transfer | invoice
//     "gateway"        test | nets: required for card, mobilepay, vipps and
//                      swish; left out for bank_transfer and invoice
//     "transaction_id" TEXT: the gateway's id of the reservation, required
//                      with a gateway; optional otherwise (a bank reference)
//     "status"         reserved (default) | failed: the card payment failed,
//                      the order is imported with nothing reserved; only
//                      for the types with a gateway
//     "reserved"       AMOUNT, optional: defaults to the order total (the sum
//                      of the lines' amounts) and must equal it; with status
//                      failed it may be 0 or the total; for bank_transfer and
//                      invoice nothing is reserved, so only 0 is allowed
//   "billing"      ADDRESS, optional
//   "delivery"     ADDRESS, optional: the billing address when left out
//   "comment"      TEXT, optional: the customer's comment, kept as written
//   "lines"        [ LINE, ... ], required, at least one
//
// LINE (numbered 1, 2, ... in the order given)
//   "item_number"  TEXT, optional
//   "text"         TEXT, required
//   "quantity"     whole number from 1 to 100000, required
//   "amount"       AMOUNT, required: the line's total including VAT, not the
//                  unit price
//   "kind"         value_card | goods | service, required
//   "vat_rate"     TEXT, optional: a percentage from 0 to 100, "25", "12.5";
//                  defaults to the company's standard rate, for a value card
//                  to 0 (a value card is not revenue until it is used)
//   "booking"      whole number >= 1, optional: the booking a service is for
//   A value_card line issues one card per unit, so its amount must divide
//   evenly by its quantity ("1000.00" for 2 cards of 500.00).
//
// ADDRESS: an object of TEXTs, each optional: "name", "street", "postcode",
//   "city", "country" (ISO 3166 two letters, "DK"), "phone", "email" (must
//   contain "@").
//
// AMOUNT: a JSON string in decimal form with a point and no grouping,
//   "1250.00", "12.5", "0", at most the currency's decimals (2), never
//   negative. A JSON number is refused: JSON numbers are floating point and
//   could change an amount.
//
// TEXT: a JSON string; leading and trailing spaces are dropped (not from the
//   comment). For an optional field, null and "" mean the same as leaving it
//   out. Keys that are not described here are ignored.

namespace skranke {

// One thing wrong with the file. `path` names the field, array indexes from
// 0: "orders[2].lines[0].amount" (empty for the file as a whole). `line` and
// `column` (1-based, in characters) point at the field's key, at the object
// it is missing from, or for malformed JSON where the JSON parser stopped.
struct ImportProblem {
    QString path;
    int line = 0;
    int column = 0;
    QString message;
};

// Either orders (no problems) or problems (no orders): a file with any
// problem is not imported in part.
struct ImportParse {
    std::vector<ImportedOrder> orders;
    std::vector<ImportProblem> problems;
};

// Reads and checks the webshop's order file. Pure: it knows no database, so
// whether an external id or customer already exists is the importer's check.
class OrderImportParser final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderImportParser)
public:
    // defaultVat: the rate for lines that give none (the company's standard
    // rate); value cards default to 0. Collects every problem, not the first.
    static ImportParse parse(const QByteArray& json, const Rate& defaultVat);
    // One readable text of all problems, one per line:
    // "line 14, column 9 (orders[2].lines[0].amount): …"
    static QString describe(const std::vector<ImportProblem>& problems);
};

}  // namespace skranke
