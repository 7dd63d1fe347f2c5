#pragma once

namespace skranke::tillevent {

// The till's journal events with their Norwegian SAF-T Cash Register event
// codes (PredefinedBasicID-13), so a later SAF-T export maps, not redesigns.
inline constexpr int SalesReceipt = 13012;
inline constexpr int ReturnReceipt = 13013;
inline constexpr int CopyReceipt = 13014;
inline constexpr int DeliveryReceipt = 13016;  // a sale on credit: put on an invoice
inline constexpr int OtherReceipt = 13018;     // a debtor's payment taken at the till
inline constexpr int OpenDrawer = 13005;
inline constexpr int XReport = 13008;
inline constexpr int ZReport = 13009;
inline constexpr int SuspendSale = 13010;  // a sale parked
inline constexpr int ResumeSale = 13011;   // a parked sale recalled
inline constexpr int CashWithdrawal = 13019;
inline constexpr int PriceChange = 13021;
inline constexpr int VoidReceipt = 13028;
inline constexpr int Other = 13999;  // shift opened, cash put in, line voided

}  // namespace skranke::tillevent
