<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The first voucher date (vouchers, export, payouts list, balance).</source>
        <translation>Den første bilagsdato (vouchers, export, payouts list, balance).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last voucher date, inclusive.</source>
        <translation>Den sidste bilagsdato, inklusive.</translation>
    </message>
    <message>
        <source>Only vouchers in this state: pending, queued, transferred or failed (vouchers).</source>
        <translation>Kun bilag i denne tilstand: pending, queued, transferred eller failed (vouchers).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TILSTAND</translation>
    </message>
    <message>
        <source>Only vouchers of this kind: sale, payment, refund, payout or other (vouchers).</source>
        <translation>Kun bilag af denne art: sale, payment, refund, payout eller other (vouchers).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>With each voucher&apos;s lines (vouchers).</source>
        <translation>Med hvert bilags linjer (vouchers).</translation>
    </message>
    <message>
        <source>Send to this target instead of the one set up: test or rest (transfer); set the target: test, rest or none (settings).</source>
        <translation>Send til dette mål i stedet for det opsatte: test eller rest (transfer); angiv målet: test, rest eller none (settings).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>Restart every failed voucher before sending (transfer).</source>
        <translation>Genstart alle fejlede bilag før afsendelse (transfer).</translation>
    </message>
    <message>
        <source>Mark the pending vouchers dated from DATE for transfer first (transfer).</source>
        <translation>Marker først de ventende bilag dateret fra DATO til overførsel (transfer).</translation>
    </message>
    <message>
        <source>... up to DATE, inclusive (transfer).</source>
        <translation>... til og med DATO (transfer).</translation>
    </message>
    <message>
        <source>Write the file to FILE (export).</source>
        <translation>Skriv filen til FIL (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The card acquirer the payout file is from (payouts import).</source>
        <translation>Den kortindløser, som udbetalingsfilen kommer fra (payouts import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Write the balance report as PDF to FILE (balance).</source>
        <translation>Skriv afstemningsrapporten som PDF til FIL (balance).</translation>
    </message>
    <message>
        <source>Transfer automatically the vouchers dated from DATE on (settings).</source>
        <translation>Overfør automatisk bilag dateret fra og med DATO (settings).</translation>
    </message>
    <message>
        <source>Stop transferring automatically (settings).</source>
        <translation>Stop automatisk overførsel (settings).</translation>
    </message>
    <message>
        <source>The accounting program&apos;s API; vouchers are POSTed to URL/vouchers (settings).</source>
        <translation>Regnskabsprogrammets API; bilag sendes med POST til URL/vouchers (settings).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The API&apos;s bearer token (settings).</source>
        <translation>Bearer-token til API&apos;et (settings).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØGLE</translation>
    </message>
    <message>
        <source>Seconds to wait for the API (settings).</source>
        <translation>Sekunder at vente på API&apos;et (settings).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME accounting vouchers [--from DATE --to DATE] [--state STATE] [--category CATEGORY] [--lines]
       skranke-cli accounting show NUMBER
       skranke-cli --user ME accounting transfer [--target test|rest] [--restart-failed] [--mark-from DATE --mark-to DATE]
       skranke-cli --user ME accounting restart NUMBER...
       skranke-cli --user ME accounting export saft|sie4|csv --from DATE --to DATE -o FILE
       skranke-cli --user ME accounting payouts import FILE [--acquirer NAME]
       skranke-cli accounting payouts list [--from DATE --to DATE]
       skranke-cli accounting balance --from DATE --to DATE [--pdf FILE]
       skranke-cli accounting mapping show
       skranke-cli --user ME accounting mapping set ROLE [QUALIFIER] ACCOUNT
       skranke-cli accounting accounts
       skranke-cli [--user ME] accounting settings [--target test|rest|none] [--auto-from DATE|--auto-off] [--rest-url URL] [--rest-key KEY] [--rest-timeout S]
Every posted sale, payment, refund and payout becomes a numbered, balanced voucher; vouchers, transfer and export make the missing ones first. transfer sends the queued vouchers to the accounting program; vouchers dated before automatic transfer started wait until marked with --mark-from/--mark-to. A voucher whose account is not mapped fails with the reason: map it (mapping set; an empty ACCOUNT removes a mapping), then restart it.</source>
        <translation>Brug: skranke-cli --user MIG accounting vouchers [--from DATO --to DATO] [--state TILSTAND] [--category KATEGORI] [--lines]
      skranke-cli accounting show NUMMER
      skranke-cli --user MIG accounting transfer [--target test|rest] [--restart-failed] [--mark-from DATO --mark-to DATO]
      skranke-cli --user MIG accounting restart NUMMER...
      skranke-cli --user MIG accounting export saft|sie4|csv --from DATO --to DATO -o FIL
      skranke-cli --user MIG accounting payouts import FIL [--acquirer NAVN]
      skranke-cli accounting payouts list [--from DATO --to DATO]
      skranke-cli accounting balance --from DATO --to DATO [--pdf FIL]
      skranke-cli accounting mapping show
      skranke-cli --user MIG accounting mapping set ROLLE [KVALIFIKATOR] KONTO
      skranke-cli accounting accounts
      skranke-cli [--user MIG] accounting settings [--target test|rest|none] [--auto-from DATO|--auto-off] [--rest-url URL] [--rest-key NØGLE] [--rest-timeout S]
Hvert bogført salg og hver bogført betaling, tilbagebetaling og udbetaling bliver et nummereret bilag, der balancerer; vouchers, transfer og export opretter først de manglende. transfer sender bilagene i kø til regnskabsprogrammet; bilag dateret før automatisk overførsel startede, venter, til de markeres med --mark-from/--mark-to. Et bilag, hvis konto ikke er konteret, fejler med årsagen: kontér den (mapping set; en tom KONTO fjerner en kontering), og genstart så bilaget.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Udbetaling</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Indløser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ikke matchet</translation>
    </message>
    <message>
        <source>No new payouts in the file.</source>
        <translation>Ingen nye udbetalinger i filen.</translation>
    </message>
    <message>
        <source>Payout %1 was imported before; left as it is.</source>
        <translation>Udbetaling %1 er importeret før; den er ladt uændret.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) settle nothing Skranke knows:</source>
        <translation>
            <numerusform>%n transaktion udligner intet, som Skranke kender:</numerusform>
            <numerusform>%n transaktioner udligner intet, som Skranke kender:</numerusform>
        </translation>
    </message>
    <message>
        <source>No payouts.</source>
        <translation>Ingen udbetalinger.</translation>
    </message>
    <message>
        <source>Unmatched transactions:</source>
        <translation>Ikke matchede transaktioner:</translation>
    </message>
    <message>
        <source>Balance %1 – %2 (%3)</source>
        <translation>Afstemning %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Sold: %1 (invoices %2, till %3, online orders %4)</source>
        <translation>Solgt: %1 (fakturaer %2, kasse %3, webordrer %4)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke udbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>På bilag</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>%1 (no money)</source>
        <translation>%1 (ingen penge)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … og %n mere</numerusform>
            <numerusform>  … og %n flere</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapporten er skrevet til %1.</translation>
    </message>
</context>
<context>
    <name>OrdersText</name>
    <message>
        <source>There is no order &quot;%1&quot;: give the webshop&apos;s order number or Skranke&apos;s internal number.</source>
        <translation>Der er ingen ordre &quot;%1&quot;: angiv webshoppens ordrenummer eller Skrankes interne nummer.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountDialog</name>
    <message>
        <source>A&amp;ctive: can be chosen in the mapping</source>
        <translation>&amp;Aktiv: kan vælges i konteringen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Tilføj en konto</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Ret konto %1</translation>
    </message>
    <message>
        <source>Optional: the standard chart&apos;s number or code</source>
        <translation>Valgfrit: standardkontoplanens nummer eller kode</translation>
    </message>
    <message>
        <source>An account keeps its number; add a new one instead.</source>
        <translation>En konto beholder sit nummer; tilføj en ny i stedet.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Standard code:</source>
        <translation>&amp;Standardkode:</translation>
    </message>
    <message>
        <source>Give the account a number.</source>
        <translation>Giv kontoen et nummer.</translation>
    </message>
    <message>
        <source>Account %1 is already in the chart.</source>
        <translation>Konto %1 findes allerede i kontoplanen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMapping</name>
    <message>
        <source>Unknown mapping role “%1”: use one of %2.</source>
        <translation>Ukendt konteringsrolle “%1”: brug en af %2.</translation>
    </message>
    <message>
        <source>“%1” has one account and takes no qualifier.</source>
        <translation>“%1” har én konto og tager ingen kvalifikator.</translation>
    </message>
    <message>
        <source>Say which one: %1 needs a qualifier.</source>
        <translation>Angiv hvilken: %1 kræver en kvalifikator.</translation>
    </message>
    <message>
        <source>There is no account %1 in the chart of accounts.</source>
        <translation>Der er ingen konto %1 i kontoplanen.</translation>
    </message>
    <message>
        <source>Account %1 is not active.</source>
        <translation>Konto %1 er ikke aktiv.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>Salgsmoms</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Debtors (receivable)</source>
        <translation>Debitorer (tilgodehavende)</translation>
    </message>
    <message>
        <source>Value cards sold (liability)</source>
        <translation>Solgte værdikort (gæld)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Kontantafrunding</translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation>Kortgebyrer</translation>
    </message>
    <message>
        <source>Bank (payouts)</source>
        <translation>Bank (udbetalinger)</translation>
    </message>
    <message>
        <source>Bad debts (write-offs)</source>
        <translation>Tab på debitorer (afskrivninger)</translation>
    </message>
    <message>
        <source>Reminder fees</source>
        <translation>Rykkergebyrer</translation>
    </message>
    <message>
        <source>Interest on debtors</source>
        <translation>Renter af debitorer</translation>
    </message>
    <message>
        <source>Compensation fees</source>
        <translation>Kompensationsgebyrer</translation>
    </message>
    <message>
        <source>Cash in/out (counter account)</source>
        <translation>Kontant ind/ud (modkonto)</translation>
    </message>
    <message>
        <source>Cash differences</source>
        <translation>Kassedifferencer</translation>
    </message>
    <message>
        <source>revenue at %1 % VAT</source>
        <translation>omsætning med %1 % moms</translation>
    </message>
    <message>
        <source>revenue of “%1” at %2 % VAT</source>
        <translation>omsætning af “%1” med %2 % moms</translation>
    </message>
    <message>
        <source>output VAT at %1 %</source>
        <translation>salgsmoms med %1 %</translation>
    </message>
    <message>
        <source>payment method “%1”</source>
        <translation>betalingsmåde “%1”</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMappingModel</name>
    <message>
        <source>Not mapped</source>
        <translation>Ikke konteret</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(ikke i kontoplanen)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Vouchers with this line fail until it has an account.</source>
        <translation>Bilag med denne linje fejler, indtil den har en konto.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
    </message>
    <message>
        <source>Sign in to change the mapping.</source>
        <translation>Log ind for at ændre konteringen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingBalanceDocument</name>
    <message>
        <source>Balance report %1 – %2</source>
        <translation>Afstemningsrapport %1 – %2</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Invoices less credit notes</source>
        <translation>Fakturaer minus kreditnotaer</translation>
    </message>
    <message>
        <source>Till receipts incl. returns</source>
        <translation>Kassebonner inkl. returneringer</translation>
    </message>
    <message>
        <source>Online orders not invoiced (captured − refunded)</source>
        <translation>Webordrer, der ikke er faktureret (hævet − refunderet)</translation>
    </message>
    <message>
        <source>Paid (money received)</source>
        <translation>Betalt (modtagne penge)</translation>
    </message>
    <message>
        <source>Sold − paid</source>
        <translation>Solgt − betalt</translation>
    </message>
    <message>
        <source>Vouchered (all vouchers in the period)</source>
        <translation>På bilag (alle bilag i perioden)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation>Ikke overført</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>%1 – %2, amounts in %3</source>
        <translation>%1 – %2, beløb i %3</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Afstemningsrapport</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke udbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>På bilag</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>* Brings no money at the time of sale (a receivable, or paid when the value card was sold); not in the paid total.</source>
        <translation>* Giver ingen penge på salgstidspunktet (et tilgodehavende, eller betalt, da værdikortet blev solgt); ikke med i betalt i alt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n post, %1</numerusform>
            <numerusform>%n poster, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more, not listed here (the sum below covers all %2)</source>
        <translation>… og %1 mere, ikke vist her (summen nedenfor omfatter alle %2)</translation>
    </message>
    <message numerus="yes">
        <source>Sum, %n item(s)</source>
        <translation>
            <numerusform>Sum, %n post</numerusform>
            <numerusform>Sum, %n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::AccountingExport</name>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Vælg periodens første dag.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Vælg periodens sidste dag.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutter (%1), før den begynder (%2).</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use saft, sie4 or csv.</source>
        <translation>Ukendt eksportformat “%1”: brug saft, sie4 eller csv.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Vælg den fil, der skal skrives.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n mere</numerusform>
            <numerusform>%1 og %n flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) in the period have lines without an account (%1). Fix the account mapping and restart them, then export again.</source>
        <translation>
            <numerusform>%n bilag i perioden har linjer uden konto (%1). Ret konteringen, genstart bilaget, og eksporter så igen.</numerusform>
            <numerusform>%n bilag i perioden har linjer uden konto (%1). Ret konteringen, genstart bilagene, og eksporter så igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Voucher %1 has a line without an account: fix the account mapping and restart it.</source>
        <translation>Bilag %1 har en linje uden konto: ret konteringen, og genstart bilaget.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingPage</name>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Tilbagebetalinger</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Udbetalinger</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fejlet</translation>
    </message>
    <message>
        <source>All vouchers</source>
        <translation>Alle bilag</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Afstemningsrapport</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accounting&lt;/h2&gt;Every posted sale, payment and refund becomes a voucher for the accounting program. Select vouchers and &lt;i&gt;Transfer&lt;/i&gt; to queue them; double-click one to see its accounts.</source>
        <translation>&lt;h2&gt;Bogføring&lt;/h2&gt;Hvert bogført salg og hver bogført betaling og tilbagebetaling bliver et bilag til regnskabsprogrammet. Vælg bilag og &lt;i&gt;Overfør&lt;/i&gt; for at sætte dem i kø; dobbeltklik på et bilag for at se dets konti.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingService</name>
    <message>
        <source>No accounting program is set up to receive vouchers: choose one under Settings → Accounting, or export a file.</source>
        <translation>Der er ikke sat noget regnskabsprogram op til at modtage bilag: vælg et under Indstillinger → Bogføring, eller eksporter en fil.</translation>
    </message>
    <message>
        <source>Unknown transfer target “%1”.</source>
        <translation>Ukendt overførselsmål “%1”.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsPage</name>
    <message>
        <source>Test accounting program (built in)</source>
        <translation>Testregnskabsprogram (indbygget)</translation>
    </message>
    <message>
        <source>Accounting program&apos;s API (REST)</source>
        <translation>Regnskabsprogrammets API (REST)</translation>
    </message>
    <message>
        <source>Transfer automatical&amp;ly, from</source>
        <translation>Overfør a&amp;utomatisk fra</translation>
    </message>
    <message>
        <source>None (export files only)</source>
        <translation>Ingen (kun eksportfiler)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Vouchers dated on or after this date are transferred as they are made. Earlier ones wait until you mark them for transfer.</source>
        <translation>Bilag dateret på eller efter denne dato overføres, efterhånden som de oprettes. Tidligere bilag venter, til du markerer dem til overførsel.</translation>
    </message>
    <message>
        <source>Transfer to accounting</source>
        <translation>Overførsel til bogføring</translation>
    </message>
    <message>
        <source>&amp;Send vouchers to:</source>
        <translation>&amp;Send bilag til:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-a&amp;dresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nøgle:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vent på svar i:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsStore</name>
    <message>
        <source>Unknown transfer target “%1”: use %2, or none.</source>
        <translation>Ukendt overførselsmål “%1”: brug %2 eller none.</translation>
    </message>
    <message>
        <source>Say from which date vouchers are transferred automatically.</source>
        <translation>Angiv, fra hvilken dato bilag overføres automatisk.</translation>
    </message>
    <message>
        <source>Choose where vouchers go before switching on automatic transfer.</source>
        <translation>Vælg, hvor bilagene skal hen, før du slår automatisk overførsel til.</translation>
    </message>
    <message>
        <source>Give the accounting program&apos;s address, e.g. https://api.example.com/v1, not “%1”.</source>
        <translation>Angiv regnskabsprogrammets adresse, f.eks. https://api.example.com/v1, ikke “%1”.</translation>
    </message>
    <message>
        <source>The timeout is 1 to 60 seconds, not %1.</source>
        <translation>Ventetiden er 1 til 60 sekunder, ikke %1.</translation>
    </message>
</context>
<context>
    <name>skranke::AddUserDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Add a staff user</source>
        <translation>Tilføj en medarbejder</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>Logger ind med:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN-kode eller adgangskode:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De to indtastninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>skranke::Authenticator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>Der er ingen aktiv bruger &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong attempts. Try again in %3.</source>
        <translation>%1 er spærret efter %2 forkerte forsøg. Prøv igen om %3.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Forkert PIN-kode.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
    <message>
        <source>%1 %2 is now locked for 5 minutes.</source>
        <translation>%1 %2 er nu spærret i 5 minutter.</translation>
    </message>
    <message>
        <source>%1 Attempts left before the user is locked: %2.</source>
        <translation>%1 Forsøg tilbage, før brugeren spærres: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::AvailabilityService</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceDifferenceModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>, the first %1 listed</source>
        <translation>, de første %1 vist</translation>
    </message>
    <message>
        <source>Difference / item</source>
        <translation>Difference / post</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceList</name>
    <message>
        <source>The as-of date is required.</source>
        <translation>Datoen, saldoen opgøres pr., skal angives.</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days.</source>
        <translation>Intervallet skal være 1 til 365 dage.</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceListDocument</name>
    <message>
        <source>Debtor balance list</source>
        <translation>Debitorsaldoliste</translation>
    </message>
    <message>
        <source>As of %1, intervals of %2 days</source>
        <translation>Pr. %1, intervaller på %2 dage</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalden</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringer</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Total, %1 debtors</source>
        <translation>I alt, %1 debitorer</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalden</translation>
    </message>
    <message>
        <source>0–%1 days</source>
        <translation>0–%1 dage</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dage</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>Over %1 dage</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringer</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceListPage</name>
    <message>
        <source>&amp;Specified (in PDF and CSV)</source>
        <translation>&amp;Specificeret (i PDF og CSV)</translation>
    </message>
    <message>
        <source>Include &amp;zero balances</source>
        <translation>Medtag saldo &amp;nul</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV …</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Pr.:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Interval:</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Debitor-ID fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance list&lt;/h2&gt;Who owed what on a date, by how long it was overdue.</source>
        <translation>&lt;h2&gt;Saldoliste&lt;/h2&gt;Hvem skyldte hvad på en dato, fordelt på hvor længe det var forfaldent.</translation>
    </message>
    <message>
        <source>Balance list as PDF</source>
        <translation>Saldoliste som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Balance list as CSV</source>
        <translation>Saldoliste som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceMethodModel</name>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Brings no money at the time of sale (a receivable, or paid when the value card was sold); not in the paid total.</source>
        <translation>Giver ingen penge på salgstidspunktet (et tilgodehavende, eller betalt, da værdikortet blev solgt); ikke med i betalt i alt.</translation>
    </message>
    <message>
        <source>Paid by %1 in the period less what payouts dated in the period paid out.</source>
        <translation>Betalt med %1 i perioden minus det, som udbetalinger dateret i perioden har udbetalt.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke udbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>På bilag</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceReport</name>
    <message>
        <source>Enter the first day.</source>
        <translation>Angiv den første dag.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Angiv den sidste dag.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Orders without a payment</source>
        <translation>Ordrer uden betaling</translation>
    </message>
    <message>
        <source>Online orders in the period whose payment is awaiting or failed, not paid by hand and not invoiced: sold on the web, but no money has come in.</source>
        <translation>Webordrer i perioden, hvis betaling afventer eller er mislykket, og som hverken er betalt manuelt eller faktureret: solgt på nettet, men der er ikke kommet penge ind.</translation>
    </message>
    <message>
        <source>Payments without an order</source>
        <translation>Betalinger uden ordre</translation>
    </message>
    <message>
        <source>Debtor payments in the period not (fully) settled against an invoice: the customer paid, but nothing has been sold against it. The amount is the open part.</source>
        <translation>Debitorbetalinger i perioden, der ikke er (fuldt) udlignet mod en faktura: kunden har betalt, men intet er solgt mod betalingen. Beløbet er den åbne del.</translation>
    </message>
    <message>
        <source>Payouts not matched</source>
        <translation>Udbetalinger, der ikke er matchet</translation>
    </message>
    <message>
        <source>Transactions in payouts dated in the period that match no order, receipt or till payment.</source>
        <translation>Transaktioner i udbetalinger dateret i perioden, som ikke passer til nogen ordre, bon eller kassebetaling.</translation>
    </message>
    <message>
        <source>Vouchers not transferred</source>
        <translation>Bilag, der ikke er overført</translation>
    </message>
    <message>
        <source>Vouchers dated in the period that are pending, queued or failed: the accounting program does not have them yet.</source>
        <translation>Bilag dateret i perioden, som afventer, er i kø eller er fejlet: regnskabsprogrammet har dem ikke endnu.</translation>
    </message>
    <message>
        <source>Unmatched payouts, fees</source>
        <translation>Ikke matchede udbetalinger, gebyrer</translation>
    </message>
    <message>
        <source>No method given</source>
        <translation>Ingen betalingsmåde angivet</translation>
    </message>
    <message>
        <source>The report has no such difference.</source>
        <translation>Rapporten har ingen sådan difference.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>%1, %2, payment %3</source>
        <translation>%1, %2, betaling %3</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykket</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>afventer</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Debitor %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>betalt %1</translation>
    </message>
    <message>
        <source>Payout %1, line %2</source>
        <translation>Udbetaling %1, linje %2</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ingen reference</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Bilag %1</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceReportPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Gem &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Differences&lt;/b&gt; — what keeps the numbers apart, item by item</source>
        <translation>&lt;b&gt;Differencer&lt;/b&gt; — hvad der adskiller tallene, post for post</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance&lt;/h2&gt;Sold, paid, paid out and transferred to accounting per payment method, and every difference.</source>
        <translation>&lt;h2&gt;Afstemning&lt;/h2&gt;Solgt, betalt, udbetalt og overført til bogføring pr. betalingsmåde samt alle differencer.</translation>
    </message>
    <message>
        <source>Sold %1 (invoices %2, till %3, online orders %4) · paid %5 · difference %6 · vouchered %7, transferred %8</source>
        <translation>Solgt %1 (fakturaer %2, kasse %3, webordrer %4) · betalt %5 · difference %6 · på bilag %7, overført %8</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Balance report as PDF</source>
        <translation>Afstemningsrapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRun</name>
    <message>
        <source>Not paid in full by the final due date %1 (paid %2 of %3); cancelled by the billing run.</source>
        <translation>Ikke fuldt betalt ved restbeløbets forfaldsdato %1 (betalt %2 af %3); annulleret af faktureringskørslen.</translation>
    </message>
    <message>
        <source>Deposit not paid by %1 (paid %2 of %3); cancelled by the billing run.</source>
        <translation>Depositum ikke betalt senest %1 (betalt %2 af %3); annulleret af faktureringskørslen.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Rykker</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullering</translation>
    </message>
    <message>
        <source>No customer to invoice.</source>
        <translation>Ingen kunde at fakturere.</translation>
    </message>
    <message>
        <source>The run&apos;s date is required.</source>
        <translation>Kørslens dato skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kør</translation>
    </message>
    <message>
        <source>Open &amp;reminders…</source>
        <translation>Åbn &amp;rykkere …</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Kør fakturering</translation>
    </message>
    <message>
        <source>What the bookings&apos; Invoice tabs ask for: an invoice for rows not yet invoiced (emailed when &quot;send invoice&quot; is ticked), cancelling bookings not paid by their due dates (&quot;cancel on missing payment&quot;), and overdue invoices to remind (&quot;generate reminder&quot;). Check the list, then run it.</source>
        <translation>Det, som bookingernes Faktura-faner beder om: en faktura for linjer, der endnu ikke er faktureret (sendes pr. e-mail, når &quot;Send faktura&quot; er markeret), annullering af bookinger, der ikke er betalt til forfaldsdatoerne (&quot;Annuller ved manglende betaling&quot;), og forfaldne fakturaer, der skal rykkes for (&quot;Dan rykker&quot;). Kontroller listen, og kør den derefter.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Running billing makes invoices: it needs the right &quot;%1&quot;.</source>
        <translation>Fakturering opretter fakturaer: det kræver rettigheden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>%1 invoice(s), %2 cancellation(s), %3 to remind, %4 refused.</source>
        <translation>%1 faktura(er), %2 annullering(er), %3 rykker(e), %4 afvist.</translation>
    </message>
    <message>
        <source>Nothing to do on this date.</source>
        <translation>Intet at gøre på denne dato.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Skal udføres: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDispatch</name>
    <message>
        <source>Emailed to the customer.</source>
        <translation>Sendt til kunden pr. e-mail.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Ikke sendt pr. e-mail: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunModel</name>
    <message>
        <source>Will be emailed.</source>
        <translation>Sendes pr. e-mail.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>skranke::BookableCatalog</name>
    <message>
        <source>Adult</source>
        <translation>Voksen</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>Baby</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name is required.</source>
        <translation>Leverandørens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>There is already a supplier named &quot;%1&quot;.</source>
        <translation>Der findes allerede en leverandør med navnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no supplier %1.</source>
        <translation>Der er ingen leverandør %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>&quot;%1&quot; er ikke en gæstekategori.</translation>
    </message>
    <message>
        <source>A guest category&apos;s key is lower-case letters, digits and _.</source>
        <translation>En gæstekategoris nøgle består af små bogstaver, cifre og _.</translation>
    </message>
    <message>
        <source>The guest category&apos;s name is required.</source>
        <translation>Gæstekategoriens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>There is already a guest category &quot;%1&quot;.</source>
        <translation>Der findes allerede en gæstekategori &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no guest category %1.</source>
        <translation>Der er ingen gæstekategori %1.</translation>
    </message>
    <message>
        <source>The season ends before it begins.</source>
        <translation>Sæsonen slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Vælg mindst én ugedag.</translation>
    </message>
    <message>
        <source>The length is at least 1 and the maximum not below the minimum.</source>
        <translation>Længden skal være mindst 1, og maksimum må ikke være under minimum.</translation>
    </message>
    <message>
        <source>The quantity is at least 1 and the maximum not below the minimum.</source>
        <translation>Antallet skal være mindst 1, og maksimum må ikke være under minimum.</translation>
    </message>
    <message>
        <source>The maximum number of guests is below the minimum.</source>
        <translation>Det maksimale antal gæster er under minimum.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A per-guest price names its guest category; other prices do not.</source>
        <translation>En pris pr. gæst angiver sin gæstekategori; andre priser gør ikke.</translation>
    </message>
    <message>
        <source>There is no price rule %1.</source>
        <translation>Der er ingen prisregel %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookableSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>New &amp;supplier…</source>
        <translation>Ny &amp;leverandør…</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Ny kate&amp;gori…</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Tilføj regel…</translation>
    </message>
    <message>
        <source>&amp;Retire rule</source>
        <translation>&amp;Udfas regel</translation>
    </message>
    <message>
        <source>What makes a product bookable: who supplies it, which guests it takes and its price table. Changes apply at once.</source>
        <translation>Det, der gør et produkt bookbart: hvem der leverer det, hvilke gæster det tager imod, og dets pristabel. Ændringer træder i kraft med det samme.</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Leve&amp;randør:</translation>
    </message>
    <message>
        <source>Guest categories:</source>
        <translation>Gæstekategorier:</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Pristabel</translation>
    </message>
    <message>
        <source>With no rules the product&apos;s own price is the price per night or hour.</source>
        <translation>Uden regler er produktets egen pris prisen pr. nat eller time.</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Prøv</translation>
    </message>
    <message>
        <source>Try a price</source>
        <translation>Prøv en pris</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation>&amp;Ankomst:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntal:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gæster:</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Kun en bruger med ret til at ændre indstillinger kan ændre dette.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>None ticked: the product takes every category.</source>
        <translation>Ingen markeret: produktet tager imod alle kategorier.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Ny leverandør</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>New guest category</source>
        <translation>Ny gæstekategori</translation>
    </message>
    <message>
        <source>&amp;Key (a–z, 0–9, _):</source>
        <translation>Nø&amp;gle (a–z, 0–9, _):</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Afrejsen skal ligge efter ankomsten.</translation>
    </message>
    <message>
        <source>Offered price: %1 %2 incl. VAT</source>
        <translation>Tilbudt pris: %1 %2 inkl. moms</translation>
    </message>
    <message>
        <source>No price matches: a booking row needs a manual price.</source>
        <translation>Ingen pris passer: en bookinglinje skal have en manuel pris.</translation>
    </message>
    <message>
        <source>e.g. 14:50, 3:100</source>
        <translation>f.eks. 14:50, 3:100</translation>
    </message>
    <message>
        <source>Cancelling fewer than DAYS days before arrival costs PERCENT of the price. &quot;14:50, 3:100&quot;: free until 14 days before, 50 % until 3 days before, 100 % after. Empty: free until arrival.</source>
        <translation>Annullering mindre end DAGE dage før ankomst koster PROCENT af prisen. &quot;14:50, 3:100&quot;: gratis indtil 14 dage før, 50 % indtil 3 dage før, 100 % derefter. Tom: gratis indtil ankomst.</translation>
    </message>
    <message>
        <source>Save terms</source>
        <translation>Gem betingelser</translation>
    </message>
    <message>
        <source>Cancellation ter&amp;ms:</source>
        <translation>Annullerings&amp;betingelser:</translation>
    </message>
</context>
<context>
    <name>skranke::Booking</name>
    <message>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Erhverv</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>School or institution</source>
        <translation>Skole eller institution</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest count (category:number, for example adult:2,child:1).</source>
        <translation>&quot;%1&quot; er ikke et antal gæster (kategori:antal, for eksempel adult:2,child:1).</translation>
    </message>
</context>
<context>
    <name>skranke::BookingBilling</name>
    <message>
        <source>The deposit is at most 100 % of the booking.</source>
        <translation>Depositummet kan højst være 100 % af bookingen.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to invoice; choose one on the General tab.</source>
        <translation>Booking %1 har ingen kunde at fakturere; vælg en på fanen Generelt.</translation>
    </message>
    <message>
        <source>Booking %1 is set not to be invoiced (Invoice tab).</source>
        <translation>Booking %1 er sat til ikke at blive faktureret (fanen Faktura).</translation>
    </message>
    <message>
        <source>Booking %1 has no rows to invoice.</source>
        <translation>Booking %1 har ingen linjer at fakturere.</translation>
    </message>
    <message>
        <source>Every row of booking %1 is invoiced already; an unpaid invoice is followed up by a reminder.</source>
        <translation>Alle linjer i booking %1 er allerede faktureret; en ubetalt faktura følges op med en rykker.</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Deposit %1 due %2; the rest by %3.</source>
        <translation>Depositum %1 forfalder %2; resten senest %3.</translation>
    </message>
    <message>
        <source>A payment is more than 0.</source>
        <translation>En betaling skal være over 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalingsdatoen skal udfyldes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN.</source>
        <translation>&quot;%1&quot; er ikke et gyldigt IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Norwegian account number (11 digits with a valid check digit) or an IBAN.</source>
        <translation>&quot;%1&quot; er hverken et norsk kontonummer (11 cifre med et gyldigt kontrolciffer) eller et IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Danish account (reg. no. of 4 digits and an account number of up to 10) or an IBAN.</source>
        <translation>&quot;%1&quot; er hverken en dansk konto (reg.nr. på 4 cifre og et kontonummer på op til 10 cifre) eller et IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IBAN.</source>
        <translation>&quot;%1&quot; er ikke et IBAN.</translation>
    </message>
    <message>
        <source>Choose another booking to transfer the payment to.</source>
        <translation>Vælg en anden booking at overføre betalingen til.</translation>
    </message>
    <message>
        <source>Booking %1 → %2</source>
        <translation>Booking %1 → %2</translation>
    </message>
    <message>
        <source>Cancellation fee: %1, %2</source>
        <translation>Annulleringsgebyr: %1, %2</translation>
    </message>
</context>
<context>
    <name>skranke::BookingDispatch</name>
    <message>
        <source>Booking %1 has no invoice yet; generate the invoice first.</source>
        <translation>Booking %1 har endnu ingen faktura; dan fakturaen først.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to send it to.</source>
        <translation>Booking %1 har ingen kunde at sende den til.</translation>
    </message>
    <message>
        <source>%1 has no email address. Add one to the customer, or print the invoice and send it by post.</source>
        <translation>%1 har ingen e-mailadresse. Tilføj en på kunden, eller udskriv fakturaen, og send den med posten.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Booking %1 har ingen linjer fra en leverandør (som ikke er annulleret): der er intet at rapportere.</translation>
    </message>
    <message>
        <source>Booking %1 from %2</source>
        <translation>Booking %1 fra %2</translation>
    </message>
    <message>
        <source>Hello %1,

Attached is our report of booking %2: the rows you supply, with arrival, departure, guests and the customer&apos;s comment.

Kind regards
%3</source>
        <translation>Hej %1,

Vedhæftet er vores rapport om booking %2: de linjer, I leverer, med ankomst, afrejse, gæster og kundens kommentar.

Med venlig hilsen
%3</translation>
    </message>
    <message>
        <source>Booking %1 is not paid in full: %2 of %3 %4 is paid. The payment confirmation goes out when all of it is.</source>
        <translation>Booking %1 er ikke fuldt betalt: %2 af %3 %4 er betalt. Betalingsbekræftelsen sendes, når det hele er betalt.</translation>
    </message>
    <message>
        <source>Payment confirmation for invoice %1 from %2</source>
        <translation>Betalingsbekræftelse for faktura %1 fra %2</translation>
    </message>
    <message>
        <source>Dear %1,

Thank you for your payment. Attached is a copy of invoice %2 for your booking %3, marked paid; %4 is paid in full.

Kind regards
%5</source>
        <translation>Kære %1,

Tak for din betaling. Vedhæftet er en kopi af faktura %2 for din booking %3, markeret som betalt; %4 er betalt fuldt ud.

Med venlig hilsen
%5</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Faktura %1 fra %2</translation>
    </message>
    <message>
        <source>Dear %1,

Attached is invoice %2 for your booking %3: %4, due %5.

Kind regards
%6</source>
        <translation>Kære %1,

Vedhæftet er faktura %2 for din booking %3: %4, forfalder %5.

Med venlig hilsen
%6</translation>
    </message>
    <message>
        <source>Row %1 is not in booking %2.</source>
        <translation>Linje %1 er ikke i booking %2.</translation>
    </message>
    <message>
        <source>Row %1 is not cancelled.</source>
        <translation>Linje %1 er ikke annulleret.</translation>
    </message>
    <message>
        <source>Cancellation in booking %1 from %2</source>
        <translation>Annullering i booking %1 fra %2</translation>
    </message>
    <message>
        <source>Hello %1,

Part of booking %2 that you supply is cancelled. Attached are the cancelled rows, with when and why they were cancelled.

Kind regards
%3</source>
        <translation>Hej %1,

En del af booking %2, som I leverer, er annulleret. Vedhæftet er de annullerede linjer med tidspunkt og årsag for annulleringen.

Med venlig hilsen
%3</translation>
    </message>
</context>
<context>
    <name>skranke::BookingRowsModel</name>
    <message>
        <source>Manual price</source>
        <translation>Manuel pris</translation>
    </message>
    <message>
        <source>From the price table</source>
        <translation>Fra pristabellen</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>overbooket</translation>
    </message>
    <message>
        <source>repeats monthly</source>
        <translation>gentages månedligt</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>afregnet</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>faktureret</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del af</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Afrejse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Pris inkl. moms</translation>
    </message>
    <message>
        <source>Invoice text</source>
        <translation>Fakturatekst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>skranke::BookingService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Der er ingen kunde %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (%2).</source>
        <translation>&quot;%1&quot; er ikke et formål (%2).</translation>
    </message>
    <message>
        <source>The final due date is before the deposit&apos;s.</source>
        <translation>Forfaldsdatoen for restbeløbet ligger før depositummets.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not booked over time; sell it at the till.</source>
        <translation>%1 bookes ikke for en periode; sælg det ved kassen.</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Afrejsen skal ligge efter ankomsten.</translation>
    </message>
    <message>
        <source>%1 is booked by night: arrival and departure are dates.</source>
        <translation>%1 bookes pr. nat: ankomst og afrejse er datoer.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Antallet skal være mindst 1.</translation>
    </message>
    <message>
        <source>A row is cancelled with Cancel, which asks for the reason.</source>
        <translation>En linje annulleres med Annuller, som spørger om årsagen.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Antallet af gæster kan ikke være negativt.</translation>
    </message>
    <message>
        <source>%1 does not take guests of the category %2.</source>
        <translation>%1 tager ikke imod gæster i kategorien %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The parent row must be another row of booking %1.</source>
        <translation>Den overordnede linje skal være en anden linje i booking %1.</translation>
    </message>
    <message>
        <source>No price in the price table of %1 matches this period, quantity and guests: enter a manual price.</source>
        <translation>Ingen pris i pristabellen for %1 passer til denne periode, dette antal og disse gæster: angiv en manuel pris.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Der er ingen enhed %1.</translation>
    </message>
    <message>
        <source>That unit is not a unit of %1.</source>
        <translation>Den enhed hører ikke til %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free in this period; tick &quot;Allow overbooking&quot; to book %3.</source>
        <translation>Kun %1 af %2 er ledige i denne periode; sæt flueben ved &quot;Tillad overbooking&quot; for at booke %3.</translation>
    </message>
    <message>
        <source>%1 is fully booked in this period; tick &quot;Allow overbooking&quot; to book it anyway.</source>
        <translation>%1 er fuldt booket i denne periode; sæt flueben ved &quot;Tillad overbooking&quot; for at booke alligevel.</translation>
    </message>
    <message>
        <source>Row %1 is settled and can no longer be changed.</source>
        <translation>Linje %1 er afregnet og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Linje %1 er annulleret.</translation>
    </message>
    <message>
        <source>Write what the log should say.</source>
        <translation>Skriv, hvad der skal stå i loggen.</translation>
    </message>
    <message>
        <source>Booking %1 can be copied when it is fully settled or cancelled; row %2 is neither.</source>
        <translation>Booking %1 kan kopieres, når den er helt afregnet eller annulleret; linje %2 er ingen af delene.</translation>
    </message>
    <message>
        <source>Lowering the quantity from %1 to %2 cancels %3 units: cancel them with a reason.</source>
        <translation>Når antallet sænkes fra %1 til %2, annulleres %3 enheder: annuller dem med en årsag.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingStore</name>
    <message>
        <source>There is no booking %1.</source>
        <translation>Der er ingen booking %1.</translation>
    </message>
    <message>
        <source>There is no booking row %1.</source>
        <translation>Der er ingen bookinglinje %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>&quot;%1&quot; er ikke en dato og et klokkeslæt (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; er ikke en dato (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This product is booked by night: give a date without a time (&quot;%1&quot;).</source>
        <translation>Dette produkt bookes pr. nat: angiv en dato uden klokkeslæt (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>&quot;%1&quot; er ikke et klokkeslæt.</translation>
    </message>
</context>
<context>
    <name>skranke::CancelDialog</name>
    <message numerus="yes">
        <source>%n day(s) before arrival</source>
        <translation>
            <numerusform>%n dag før ankomst</numerusform>
            <numerusform>%n dage før ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>on the arrival day</source>
        <translation>på ankomstdagen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after arrival</source>
        <translation>
            <numerusform>%n dag efter ankomst</numerusform>
            <numerusform>%n dage efter ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Frafald gebyret</translation>
    </message>
    <message>
        <source>Cancel booking row</source>
        <translation>Annuller bookinglinje</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuller booking</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>Hvorfor annulleres den? (skal udfyldes)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> af %1</translation>
    </message>
    <message>
        <source>&amp;Units to cancel:</source>
        <translation>&amp;Enheder, der skal annulleres:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Gebyr:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Annuller &amp;linje</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Annuller boo&amp;king</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behold den</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1: %n row(s) will be cancelled.</source>
        <translation>
            <numerusform>Booking %1: %n linje annulleres.</numerusform>
            <numerusform>Booking %1: %n linjer annulleres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to cancel.</source>
        <translation>Der er intet tilbage at annullere.</translation>
    </message>
    <message>
        <source>%1 (%2 % of the price, cancelled %3)</source>
        <translation>%1 (%2 % af prisen, annulleret %3)</translation>
    </message>
    <message>
        <source>No fee (cancelled %1)</source>
        <translation>Intet gebyr (annulleret %1)</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Intet gebyr</translation>
    </message>
    <message>
        <source>Billed: the purchase stands and only the time is freed. Credit the invoice to pay money back.</source>
        <translation>Faktureret: købet står ved magt, og kun tiden frigives. Krediter fakturaen for at betale pengene tilbage.</translation>
    </message>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv, hvorfor den annulleres: årsagen skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>skranke::CancelFlow</name>
    <message>
        <source>%1, booking %2, row %3</source>
        <translation>%1, booking %2, linje %3</translation>
    </message>
    <message>
        <source>Booking %1, row %2</source>
        <translation>Booking %1, linje %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n enhed</numerusform>
            <numerusform>%n enheder</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this booking row?</source>
        <translation>Annuller denne bookinglinje?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel it and its %n part(s)</source>
        <translation>
            <numerusform>Annuller den og dens %n del</numerusform>
            <numerusform>Annuller den og dens %n dele</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Annuller &amp;linje</translation>
    </message>
    <message>
        <source>Only &amp;this row</source>
        <translation>Kun &amp;denne linje</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behold den</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Booking %1 har intet tilbage at annullere.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking %1 with its %n row(s)?</source>
        <translation>
            <numerusform>Annuller booking %1 med dens %n linje?</numerusform>
            <numerusform>Annuller booking %1 med dens %n linjer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice was for booking %1, which still has %n row(s) booked. Cancel the booking too?</source>
        <translation>
            <numerusform>Fakturaen gjaldt booking %1, som stadig har %n linje booket. Annuller også bookingen?</numerusform>
            <numerusform>Fakturaen gjaldt booking %1, som stadig har %n linjer booket. Annuller også bookingen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Annuller boo&amp;king …</translation>
    </message>
    <message>
        <source>Cancellation sent to %1.</source>
        <translation>Annulleringen er sendt til %1.</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them yourself.</source>
        <translation>%1 har ingen e-mailadresse: giv selv besked.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Annulleringen er gennemført, men leverandørerne har ikke fået besked: %1</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationList</name>
    <message>
        <source>The first day is required.</source>
        <translation>Den første dag skal udfyldes.</translation>
    </message>
    <message>
        <source>The last day is required.</source>
        <translation>Den sidste dag skal udfyldes.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Den sidste dag (%1) ligger før den første (%2).</translation>
    </message>
    <message>
        <source>A cancellation list spans at most %1 days; %2 to %3 is %4.</source>
        <translation>En annulleringsliste dækker højst %1 dage; %2 til %3 er %4.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Suggested fee</source>
        <translation>Foreslået gebyr</translation>
    </message>
    <message>
        <source>Fee waived by</source>
        <translation>Gebyr frafaldet af</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListDocument</name>
    <message>
        <source>Cancellations</source>
        <translation>Annulleringer</translation>
    </message>
    <message>
        <source>Fee of %1 waived by %2.</source>
        <translation>Gebyr på %1 frafaldet af %2.</translation>
    </message>
    <message>
        <source>Billed: the purchase stands.</source>
        <translation>Faktureret: købet står ved magt.</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Uge %1: %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Fee (%1)</source>
        <translation>Gebyr (%1)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation>Annulleringer: %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Waived fees</source>
        <translation>Frafaldne gebyrer</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Ingen bookinger blev annulleret i denne periode.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListModel</name>
    <message>
        <source>Suggested fee %1, waived by %2.</source>
        <translation>Foreslået gebyr %1, frafaldet af %2.</translation>
    </message>
    <message>
        <source>The row was billed: the purchase stands.</source>
        <translation>Linjen var faktureret: købet står ved magt.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Gem &amp;PDF …</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Gem &amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cancellations&lt;/h2&gt;Booking rows cancelled in the period, with reasons and fees.</source>
        <translation>&lt;h2&gt;Annulleringer&lt;/h2&gt;Bookinglinjer, der er annulleret i perioden, med årsager og gebyrer.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Cancellations: %1 · units: %2 · fees: %3</source>
        <translation>Annulleringer: %1 · enheder: %2 · gebyrer: %3</translation>
    </message>
    <message>
        <source> · waived: %1</source>
        <translation> · frafaldet: %1</translation>
    </message>
    <message>
        <source>Cancellation list as PDF</source>
        <translation>Annulleringsliste som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Cancellation list as CSV</source>
        <translation>Annulleringsliste som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationRules</name>
    <message>
        <source>A deadline is at least 1 day before arrival.</source>
        <translation>En frist ligger mindst 1 dag før ankomst.</translation>
    </message>
    <message>
        <source>A cancellation fee is between 0 and 100 %.</source>
        <translation>Et annulleringsgebyr ligger mellem 0 og 100 %.</translation>
    </message>
    <message>
        <source>There are two fees for %1 days before arrival.</source>
        <translation>Der er to gebyrer for %1 dage før ankomst.</translation>
    </message>
    <message>
        <source>The fee cannot fall as arrival comes nearer (%1 days: %2 %, %3 days: %4 %).</source>
        <translation>Gebyret kan ikke falde, når ankomsten nærmer sig (%1 dage: %2 %, %3 dage: %4 %).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAYS:PERCENT (e.g. 14:50).</source>
        <translation>&quot;%1&quot; er ikke DAGE:PROCENT (f.eks. 14:50).</translation>
    </message>
    <message>
        <source>Free to cancel until arrival</source>
        <translation>Gratis annullering indtil ankomst</translation>
    </message>
    <message numerus="yes">
        <source>free until %n day(s) before arrival</source>
        <translation>
            <numerusform>gratis indtil %n dag før ankomst</numerusform>
            <numerusform>gratis indtil %n dage før ankomst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % until %n day(s) before arrival</source>
        <translation>
            <numerusform>%1 % indtil %n dag før ankomst</numerusform>
            <numerusform>%1 % indtil %n dage før ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % after</source>
        <translation>%1 % derefter</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationService</name>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv, hvorfor den annulleres: årsagen skal udfyldes.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled already.</source>
        <translation>Linje %1 er allerede annulleret.</translation>
    </message>
    <message>
        <source>Row %1 has %2 units: cancel between 1 and %2.</source>
        <translation>Linje %1 har %2 enheder: annuller mellem 1 og %2.</translation>
    </message>
    <message>
        <source>Row %1 is billed on invoice %2: credit it first (credit note), or ask a user with the right &quot;%3&quot;.</source>
        <translation>Linje %1 er faktureret på faktura %2: krediter den først (kreditnota), eller bed en bruger med rettigheden &quot;%3&quot; om hjælp.</translation>
    </message>
    <message>
        <source>Row %1 is paid: return or credit it first, or ask a user with the right &quot;%2&quot;.</source>
        <translation>Linje %1 er betalt: returner eller krediter den først, eller bed en bruger med rettigheden &quot;%2&quot; om hjælp.</translation>
    </message>
    <message>
        <source>Row %1 is invoiced: only the whole row can be cancelled, after it is credited.</source>
        <translation>Linje %1 er faktureret: kun hele linjen kan annulleres, når den er krediteret.</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Booking %1 har intet tilbage at annullere.</translation>
    </message>
    <message>
        <source>Cancelling units lowers the quantity below %1, to at least 1.</source>
        <translation>Annullering af enheder sænker antallet til under %1, dog til mindst 1.</translation>
    </message>
</context>
<context>
    <name>skranke::CapturePolicy</name>
    <message>
        <source>“%1” is not marked delivered.</source>
        <translation>“%1” er ikke markeret som leveret.</translation>
    </message>
    <message>
        <source>“%1” is delivered from %2.</source>
        <translation>“%1” leveres fra %2.</translation>
    </message>
    <message>
        <source>The goods are not marked ready to ship.</source>
        <translation>Varerne er ikke markeret som klar til afsendelse.</translation>
    </message>
    <message>
        <source>Capturing now is earlier than the card rules allow. %1</source>
        <translation>Kortreglerne tillader endnu ikke, at der hæves nu. %1</translation>
    </message>
</context>
<context>
    <name>skranke::CartModel</name>
    <message>
        <source>Price changed from %1</source>
        <translation>Pris ændret fra %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>skranke::CatalogService</name>
    <message>
        <source>The item number is required.</source>
        <translation>Varenummeret skal udfyldes.</translation>
    </message>
    <message>
        <source>The product name is required.</source>
        <translation>Produktnavnet skal udfyldes.</translation>
    </message>
    <message>
        <source>The category is required.</source>
        <translation>Kategorien skal udfyldes.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Prisen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1 % is not a VAT rate in %2 (use one of %3).</source>
        <translation>%1 % er ikke en momssats i %2 (brug en af %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN-13 (13 digits with check digit).</source>
        <translation>&quot;%1&quot; er ikke et gyldigt EAN-13 (13 cifre med kontrolciffer).</translation>
    </message>
    <message>
        <source>A bookable product needs a capacity of at least 1.</source>
        <translation>Et bookbart produkt skal have en kapacitet på mindst 1.</translation>
    </message>
    <message>
        <source>The resource name is required.</source>
        <translation>Ressourcens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not bookable, so it has no resources.</source>
        <translation>%1 kan ikke bookes og har derfor ingen ressourcer.</translation>
    </message>
</context>
<context>
    <name>skranke::ChartOfAccounts</name>
    <message>
        <source>An account number is 1 to 10 digits or letters, not “%1”.</source>
        <translation>Et kontonummer består af 1 til 10 cifre eller bogstaver, ikke “%1”.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Gæld</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Egenkapital</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Indtægt</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Udgift</translation>
    </message>
</context>
<context>
    <name>skranke::ChartOfAccountsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Standardkode</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>skranke::ClockFactory</name>
    <message>
        <source>%1 must be a time like 2026-01-31T09:30, not &quot;%2&quot;.</source>
        <translation>%1 skal være et tidspunkt som 2026-01-31T09:30, ikke &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CompanyService</name>
    <message>
        <source>The company profile is not set up yet.</source>
        <translation>Virksomhedsprofilen er ikke oprettet endnu.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Virksomhedens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisationsnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (check digit).</source>
        <translation>&quot;%1&quot; er ikke et gyldigt %2 (kontrolciffer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN (check digits).</source>
        <translation>&quot;%1&quot; er ikke et gyldigt IBAN (kontrolcifre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>&quot;%1&quot; er ikke en gyldig BIC (8 eller 11 bogstaver og cifre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; er ikke en kendt tidszone.</translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>Logofilen %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The company profile already exists.</source>
        <translation>Virksomhedsprofilen findes allerede.</translation>
    </message>
</context>
<context>
    <name>skranke::CompanySettingsPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Virksomhedens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adresse, linje 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>CVR-/&amp;organisationsnummer:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Momsnummer:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Bankkonto:</translation>
    </message>
    <message>
        <source>I&amp;BAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>&amp;Logofil:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszone:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Vælg logoet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>You may look at the company profile but not change it: that takes the right &quot;%1&quot;.</source>
        <translation>Du kan se virksomhedsprofilen, men ikke ændre den: det kræver rettigheden &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not &quot;%1&quot;.</source>
        <translation>Landet skal være DK, NO eller SE, ikke &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CreditNoteDialog</name>
    <message>
        <source>&amp;Whole invoice (what is not credited yet)</source>
        <translation>&amp;Hele fakturaen (det, der ikke er krediteret endnu)</translation>
    </message>
    <message>
        <source>An &amp;amount:</source>
        <translation>Et &amp;beløb:</translation>
    </message>
    <message>
        <source>Chosen &amp;lines (quantity to credit):</source>
        <translation>Valgte &amp;linjer (antal, der krediteres):</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Krediter faktura %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faktureret</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Invoice total %1; not credited yet %2.</source>
        <translation>Fakturaens total %1; endnu ikke krediteret %2.</translation>
    </message>
    <message>
        <source>Give a quantity on at least one line.</source>
        <translation>Angiv et antal på mindst én linje.</translation>
    </message>
</context>
<context>
    <name>skranke::CsvWriter</name>
    <message>
        <source>The separator must be &apos;;&apos;, &apos;,&apos; or tab, not &quot;%1&quot;.</source>
        <translation>Skilletegnet skal være &apos;;&apos;, &apos;,&apos; eller tabulator, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adresse, linje 2:</translation>
    </message>
    <message>
        <source>Address, line 3:</source>
        <translation>Adresse, linje 3:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>In&amp;voice remark:</source>
        <translation>Fakturabe&amp;mærkning:</translation>
    </message>
    <message>
        <source>The customer has &amp;no email</source>
        <translation>Kunden har &amp;ingen e-mail</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>&quot;-&quot; when not known</source>
        <translation>&quot;-&quot; hvis ukendt</translation>
    </message>
    <message>
        <source>printed on the customer&apos;s invoices</source>
        <translation>trykkes på kundens fakturaer</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerListModel</name>
    <message>
        <source>(no email)</source>
        <translation>(ingen e-mail)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerPickDialog</name>
    <message>
        <source>Choose customer</source>
        <translation>Vælg kunde</translation>
    </message>
    <message>
        <source>Name, email, address, notes or customer ID</source>
        <translation>Navn, e-mail, adresse, noter eller kunde-ID</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde …</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ingen e-mail</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerService</name>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Kundens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Der er ingen kunde %1.</translation>
    </message>
    <message>
        <source>The customer is marked as having no email, but one is given.</source>
        <translation>Kunden er markeret som uden e-mail, men der er angivet en.</translation>
    </message>
    <message>
        <source>The customer&apos;s email is required, unless the customer has none.</source>
        <translation>Kundens e-mail skal udfyldes, medmindre kunden ikke har nogen.</translation>
    </message>
    <message>
        <source>Address line 1 is required (&quot;-&quot; when it is not known).</source>
        <translation>Adresselinje 1 skal udfyldes (&quot;-&quot; hvis den er ukendt).</translation>
    </message>
    <message>
        <source>The postcode is required (&quot;-&quot; when it is not known).</source>
        <translation>Postnummeret skal udfyldes (&quot;-&quot; hvis det er ukendt).</translation>
    </message>
    <message>
        <source>The city is required (&quot;-&quot; when it is not known).</source>
        <translation>Byen skal udfyldes (&quot;-&quot; hvis den er ukendt).</translation>
    </message>
    <message>
        <source>The phone number is required (&quot;-&quot; when it is not known).</source>
        <translation>Telefonnummeret skal udfyldes (&quot;-&quot; hvis det er ukendt).</translation>
    </message>
</context>
<context>
    <name>skranke::CustomersPage</name>
    <message>
        <source>Search email, name, address or notes, or type an ID</source>
        <translation>Søg i e-mail, navn, adresse eller noter, eller skriv et ID</translation>
    </message>
    <message>
        <source>&amp;New customer… (Ctrl+N)</source>
        <translation>&amp;Ny kunde … (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Rediger … (Enter)</translation>
    </message>
    <message>
        <source>No customer matches. &quot;New customer…&quot; creates one.</source>
        <translation>Ingen kunde passer. &quot;Ny kunde …&quot; opretter en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De første %1 vises; skriv mere for at indsnævre.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>There is no Skranke database at %1. Create one with &quot;skranke-cli init&quot; or &quot;skranke-cli demo&quot;.</source>
        <translation>Der er ingen Skranke-database i %1. Opret en med &quot;skranke-cli init&quot; eller &quot;skranke-cli demo&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>Kan ikke oprette %1: mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 findes allerede; den er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 findes allerede; vælg en ny fil.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Sikkerhedskopi til %1 mislykkedes: %2</translation>
    </message>
</context>
<context>
    <name>skranke::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-31.</source>
        <translation>&quot;%1&quot; er ikke en dato som 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorDialog</name>
    <message>
        <source>Debtor &amp;ID:</source>
        <translation>Debitor-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmanavn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adresse, linje 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Co&amp;untry (DK, NO, SE, …):</source>
        <translation>&amp;Land (DK, NO, SE, …):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>EAN/&amp;GLN:</source>
        <translation>EAN/&amp;GLN:</translation>
    </message>
    <message>
        <source>&amp;Org./VAT number:</source>
        <translation>&amp;CVR-/momsnummer:</translation>
    </message>
    <message>
        <source>Business customer (B2B)</source>
        <translation>Erhvervskunde (B2B)</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Debitor %1</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Ny debitor</translation>
    </message>
    <message>
        <source>next free ID</source>
        <translation>næste ledige ID</translation>
    </message>
    <message>
        <source>The company&apos;s language</source>
        <translation>Virksomhedens sprog</translation>
    </message>
    <message>
        <source>days net</source>
        <translation>dage netto</translation>
    </message>
    <message>
        <source>days after the end of the month</source>
        <translation>dage efter månedens udgang</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ingen gruppe)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Betalingsbetingelser:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;ruppe:</translation>
    </message>
    <message>
        <source>The ID must be a positive number.</source>
        <translation>ID skal være et positivt tal.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorOverviewModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Forudbetaling</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorOverviewPage</name>
    <message>
        <source>&amp;Only debtors with outstanding</source>
        <translation>&amp;Kun debitorer med udestående</translation>
    </message>
    <message>
        <source>&amp;Hide outstanding = 0</source>
        <translation>&amp;Skjul udestående = 0</translation>
    </message>
    <message>
        <source>Search ID or name…</source>
        <translation>Søg ID eller navn …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Registrer &amp;betaling …</translation>
    </message>
    <message>
        <source>Pos&amp;tings</source>
        <translation>Pos&amp;teringer</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Flyt til gruppe …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debtors&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Debitorer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Udestående %1 · forudbetaling %2</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Flyt til gruppe</translation>
    </message>
    <message>
        <source>Move %1 marked debtors to the group (type a new name to create it):</source>
        <translation>Flyt %1 markerede debitorer til gruppen (skriv et nyt navn for at oprette den):</translation>
    </message>
    <message>
        <source>Export debtors</source>
        <translation>Eksporter debitorer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Forudbetaling</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <source>Rename &amp;group…</source>
        <translation>Omdøb &amp;gruppe …</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Omdøb gruppe</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorPickDialog</name>
    <message>
        <source>Debtor ID or part of the name</source>
        <translation>Debitor-ID eller en del af navnet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>&amp;New debtor…</source>
        <translation>&amp;Ny debitor …</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <source>No debtor matches. &quot;New debtor…&quot; creates one.</source>
        <translation>Ingen debitor passer. &quot;Ny debitor …&quot; opretter en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De første %1 vises; skriv mere for at afgrænse.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorService</name>
    <message>
        <source>A debtor needs a name or a company name.</source>
        <translation>En debitor skal have et navn eller et firmanavn.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DK, not &quot;%1&quot;.</source>
        <translation>Landet skal være en kode på to bogstaver som DK, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Sproget skal være da, nb, sv eller en, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN/GLN (13 digits with check digit).</source>
        <translation>&quot;%1&quot; er ikke et gyldigt EAN/GLN (13 cifre med kontrolciffer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid organisation/VAT number for %2 (check digit).</source>
        <translation>&quot;%1&quot; er ikke et gyldigt CVR-/momsnummer for %2 (kontrolciffer).</translation>
    </message>
    <message>
        <source>Payment terms must be 0 to 365 days.</source>
        <translation>Betalingsbetingelser skal være 0 til 365 dage.</translation>
    </message>
    <message>
        <source>Debtor ID %1 is taken.</source>
        <translation>Debitor-ID %1 er optaget.</translation>
    </message>
    <message>
        <source>There is no such debtor group.</source>
        <translation>Debitorgruppen findes ikke.</translation>
    </message>
    <message>
        <source>There is no debtor %1.</source>
        <translation>Der er ingen debitor %1.</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>Gruppen skal have et navn.</translation>
    </message>
    <message>
        <source>There is already a group &quot;%1&quot;.</source>
        <translation>Der er allerede en gruppe &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::DocumentVouchers</name>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Paid by the card capture of online order %1</source>
        <translation>Betalt ved korthævningen for webordre %1</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Afskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Rykkergebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
</context>
<context>
    <name>skranke::DunningRules</name>
    <message>
        <source>The reminder fee cannot be negative.</source>
        <translation>Rykkergebyret kan ikke være negativt.</translation>
    </message>
    <message>
        <source>A reminder fee of %1 is more than the law allows in %2 (%3).</source>
        <translation>Et rykkergebyr på %1 er mere, end loven tillader i %2 (%3).</translation>
    </message>
    <message>
        <source>The interest rate cannot be negative.</source>
        <translation>Rentesatsen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1 % a month is %2 % a year, more than the reference rate + %3 points (%4 % a year) the law allows.</source>
        <translation>%1 % om måneden er %2 % om året, mere end referencerenten + %3 procentpoint (%4 % om året), som loven tillader.</translation>
    </message>
    <message>
        <source>the invoice did not say that fees may be charged</source>
        <translation>fakturaen oplyste ikke, at der kan opkræves gebyrer</translation>
    </message>
    <message>
        <source>%1 fee-bearing reminders were already sent on this claim</source>
        <translation>der er allerede sendt %1 rykkere med gebyr på dette krav</translation>
    </message>
    <message>
        <source>the last reminder was only %1 days ago (at least %2)</source>
        <translation>den seneste rykker var kun for %1 dage siden (mindst %2)</translation>
    </message>
</context>
<context>
    <name>skranke::DunningSettings</name>
    <message>
        <source>The reference rate is a yearly rate in percent; %1 % is more than 100 %.</source>
        <translation>Referencerenten er en årlig sats i procent; %1 % er mere end 100 %.</translation>
    </message>
</context>
<context>
    <name>skranke::EmailTextDialog</name>
    <message>
        <source>Placeholders:</source>
        <translation>Pladsholdere:</translation>
    </message>
    <message>
        <source>Email with the reminders</source>
        <translation>E-mail med rykkerne</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Create and &amp;send</source>
        <translation>Opret og &amp;send</translation>
    </message>
    <message>
        <source>Each debtor with an email address gets this text with the reminder as a PDF.</source>
        <translation>Hver debitor med en e-mailadresse får denne tekst med rykkeren som PDF.</translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation>Emnet skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>skranke::FileInspector</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Skranke database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 er ikke en Skranke-database (det er ikke en SQLite-fil). Den er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Skranke database. It was left unchanged.</source>
        <translation>%1 er en SQLite-database fra et andet program, ikke en Skranke-database. Den er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Skranke (schema %2; this version knows up to %3). Update Skranke to open it. It was left unchanged.</source>
        <translation>%1 er skrevet af en nyere Skranke (skema %2; denne version kender op til %3). Opdater Skranke for at åbne den. Den er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>skranke::FirstStartDialog</name>
    <message>
        <source>Welcome to Skranke</source>
        <translation>Velkommen til Skranke</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>This database is new. Tell Skranke about the business and create the owner, who can then add the staff.</source>
        <translation>Databasen er ny. Fortæl Skranke om virksomheden, og opret ejeren, som derefter kan tilføje medarbejderne.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Virksomhedens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>CVR-/&amp;organisationsnummer:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;login:</source>
        <translation>Ejerens &amp;login:</translation>
    </message>
    <message>
        <source>Owner&apos;s n&amp;ame:</source>
        <translation>Ejerens n&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN-kode (4–8 cifre):</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Gentag PIN-kode:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>The owner&apos;s name is required.</source>
        <translation>Ejerens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-koder er forskellige.</translation>
    </message>
</context>
<context>
    <name>skranke::Gateways</name>
    <message>
        <source>Unknown payment gateway &quot;%1&quot;; Skranke knows %2.</source>
        <translation>Ukendt betalingsgateway &quot;%1&quot;; Skranke kender %2.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceDocument</name>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1 (continued)</source>
        <translation>Kreditnota %1 (fortsat)</translation>
    </message>
    <message>
        <source>Invoice %1 (continued)</source>
        <translation>Faktura %1 (fortsat)</translation>
    </message>
    <message>
        <source>CREDIT NOTE</source>
        <translation>KREDITNOTA</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FAKTURA</translation>
    </message>
    <message>
        <source>Credit note no.</source>
        <translation>Kreditnotanr.</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Debtor no.</source>
        <translation>Debitornr.</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Moms %1 % af %2</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>I alt ekskl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>I ALT %1</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged on late payment under the law.</source>
        <translation>Ved for sen betaling kan der opkræves rykkergebyr og renter efter loven.</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Betal venligst %1 senest %2</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Der er ingen faktura %1.</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceEditorDialog</name>
    <message>
        <source>Other due date:</source>
        <translation>Anden forfaldsdato:</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged (printed on the invoice)</source>
        <translation>Der kan opkræves rykkergebyr og renter (trykkes på fakturaen)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Stykpris inkl. moms</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>&amp;Debtor ID:</source>
        <translation>&amp;Debitor-ID:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;dato:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Forfaldsdato:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Besked:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tilføj linje</translation>
    </message>
    <message>
        <source>&amp;Post invoice</source>
        <translation>&amp;Bogfør faktura</translation>
    </message>
    <message>
        <source>(no such debtor)</source>
        <translation>(ingen sådan debitor)</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2)</source>
        <translation>I alt %1 (moms %2)</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>I alt: —</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Debtor / line</source>
        <translation>Debitor / linje</translation>
    </message>
    <message>
        <source>Till / quantity</source>
        <translation>Kasse / antal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceOverviewPage</name>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Ny faktura …</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Krediter …</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Åbn &amp;PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fakturaer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Choose an invoice, not a credit note.</source>
        <translation>Vælg en faktura, ikke en kreditnota.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Eksporter fakturaer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceService</name>
    <message>
        <source>The invoice date is required.</source>
        <translation>Fakturadatoen skal udfyldes.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Forfaldsdatoen kan ikke ligge før fakturadatoen.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura skal have mindst én linje.</translation>
    </message>
    <message>
        <source>Line %1 needs a text.</source>
        <translation>Linje %1 skal have en tekst.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than 0.</source>
        <translation>Linje %1: antallet skal være over 0.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Linje %1: prisen skal være i %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 % is not a VAT rate in %3.</source>
        <translation>Linje %1: %2 % er ikke en momssats i %3.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be 0 to 100 %.</source>
        <translation>Linje %1: rabatten skal være 0 til 100 %.</translation>
    </message>
    <message>
        <source>The total must be more than 0.</source>
        <translation>Totalen skal være over 0.</translation>
    </message>
    <message>
        <source>There is no invoice draft %1.</source>
        <translation>Der er ingen fakturakladde %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation>Faktura %1 er allerede bogført.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2</source>
        <translation>Kreditnota %1 til faktura %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Invoice %1 is already fully credited.</source>
        <translation>Faktura %1 er allerede krediteret fuldt ud.</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice.</source>
        <translation>En kreditnota kan ikke dateres før sin faktura.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløbet skal være over 0.</translation>
    </message>
    <message>
        <source>Only %1 of invoice %2 is not credited yet.</source>
        <translation>Kun %1 af faktura %2 er endnu ikke krediteret.</translation>
    </message>
    <message>
        <source>Credit of invoice %1</source>
        <translation>Kreditering af faktura %1</translation>
    </message>
    <message>
        <source>Line %1 has only %2 left to credit.</source>
        <translation>Linje %1 har kun %2 tilbage at kreditere.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>Faktura %1 har ingen linje %2.</translation>
    </message>
    <message>
        <source>Nothing is left to credit on those lines.</source>
        <translation>Der er intet tilbage at kreditere på de linjer.</translation>
    </message>
    <message>
        <source>The first number must be at least 1.</source>
        <translation>Det første nummer skal være mindst 1.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Der er ingen faktura %1.</translation>
    </message>
    <message>
        <source>There is no number series &quot;%1&quot;.</source>
        <translation>Der er ingen nummerserie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is in use or its start was already set; it cannot change.</source>
        <translation>Serien &quot;%1&quot; er i brug, eller dens start er allerede sat; den kan ikke ændres.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettings</name>
    <message>
        <source>The FIK creditor number has 8 digits, not &quot;%1&quot;.</source>
        <translation>FIK-kreditornummeret har 8 cifre, ikke &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettingsPage</name>
    <message>
        <source>&amp;Invoicing (debtors, invoices, credit notes, payments)</source>
        <translation>&amp;Fakturering (debitorer, fakturaer, kreditnotaer, betalinger)</translation>
    </message>
    <message>
        <source>Set &amp;first number…</source>
        <translation>Sæt &amp;første nummer …</translation>
    </message>
    <message>
        <source>8 digits, from the bank</source>
        <translation>8 cifre, fra banken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>First invoice number</source>
        <translation>Første fakturanummer</translation>
    </message>
    <message>
        <source>Continue the invoice numbers from %1? This can be set only once, before the first invoice is posted.</source>
        <translation>Fortsæt fakturanumrene fra %1? Det kan kun sættes én gang, før den første faktura bogføres.</translation>
    </message>
    <message>
        <source>The next invoice gets number %1.</source>
        <translation>Den næste faktura får nummer %1.</translation>
    </message>
    <message>
        <source>FIK &amp;creditor number:</source>
        <translation>FIK-&amp;kreditornummer:</translation>
    </message>
    <message>
        <source>First invoice number:</source>
        <translation>Første fakturanummer:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>The central bank&apos;s reference rate in percent a year (in Denmark Nationalbanken&apos;s lending rate on 1 January and 1 July). Reminder interest may be at most this plus the law&apos;s margin.</source>
        <translation>Centralbankens referencerente i procent om året (i Danmark Nationalbankens udlånsrente pr. 1. januar og 1. juli). Morarenten må højst være denne plus lovens tillæg.</translation>
    </message>
    <message>
        <source>&amp;Reference rate (% a year):</source>
        <translation>&amp;Referencerente (% om året):</translation>
    </message>
</context>
<context>
    <name>skranke::Journal</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>post %1 mangler</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>post %1 følger ikke efter posten før den</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>post %1 er ændret, efter at den blev skrevet</translation>
    </message>
    <message>
        <source>the triggers that keep the journal immutable were removed</source>
        <translation>de triggere, der gør journalen uforanderlig, er fjernet</translation>
    </message>
</context>
<context>
    <name>skranke::JournalModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>skranke::JournalPage</name>
    <message>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;Every change, who made it and when. The entries are chained, so a changed or removed entry is found.</source>
        <translation>&lt;h2&gt;Journal&lt;/h2&gt;Hver ændring, hvem der lavede den og hvornår. Posterne er kædet sammen, så en ændret eller fjernet post bliver fundet.</translation>
    </message>
    <message>
        <source>&amp;Verify journal</source>
        <translation>&amp;Kontroller journal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen er intakt: %1 poster kontrolleret.</translation>
    </message>
    <message>
        <source>Journal broken: %1.</source>
        <translation>Journalen er brudt: %1.</translation>
    </message>
</context>
<context>
    <name>skranke::Language</name>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Sproget skal være da, nb, sv eller en, ikke &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::LedgerService</name>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløbet skal være over 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalingsdatoen skal udfyldes.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>En afskrivning kræver en begrundelse.</translation>
    </message>
    <message>
        <source>Only %1 is outstanding; a write-off cannot be more.</source>
        <translation>Kun %1 er udestående; en afskrivning kan ikke være større.</translation>
    </message>
    <message>
        <source>There is no posting %1.</source>
        <translation>Der er ingen postering %1.</translation>
    </message>
    <message>
        <source>The invoices chosen take %1, more than the payment of %2.</source>
        <translation>De valgte fakturaer tager %1, mere end betalingen på %2.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Datoen skal udfyldes.</translation>
    </message>
    <message>
        <source>Posting %1 is not on debtor %2.</source>
        <translation>Postering %1 hører ikke til debitor %2.</translation>
    </message>
    <message>
        <source>Only %1 is open to pay back.</source>
        <translation>Kun %1 er åbent til tilbagebetaling.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbagebetaling</translation>
    </message>
</context>
<context>
    <name>skranke::Letter</name>
    <message>
        <source>Org. no. %1</source>
        <translation>CVR-nr. %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Momsnr. %1</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>Att.: %1</translation>
    </message>
    <message>
        <source>EAN/GLN: %1</source>
        <translation>EAN/GLN: %1</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>FIK</source>
        <translation>FIK</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Log ind — %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Skranke</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kode:</translation>
    </message>
</context>
<context>
    <name>skranke::MailDelivery</name>
    <message>
        <source>Sent.</source>
        <translation>Sendt.</translation>
    </message>
    <message>
        <source>%1 of %2 sent; the rest waits in the outbox (Settings → Email): %3</source>
        <translation>%1 af %2 sendt; resten venter i udbakken (Indstillinger → E-mail): %3</translation>
    </message>
    <message>
        <source>Queued in the outbox, not sent: %1</source>
        <translation>Lagt i udbakken, ikke sendt: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an email address (%2).</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse (%2).</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettings</name>
    <message>
        <source>The mail server (host) is missing.</source>
        <translation>Mailserveren (værten) mangler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>&quot;%1&quot; er ikke et servernavn eller en serveradresse.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not %1.</source>
        <translation>Porten skal være mellem 1 og 65535, ikke %1.</translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation>Brugernavnet skal stå på én linje.</translation>
    </message>
    <message>
        <source>The password must be on one line.</source>
        <translation>Adgangskoden skal stå på én linje.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an email address.</source>
        <translation>Afsenderadressen &quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The sender name must be on one line.</source>
        <translation>Afsendernavnet skal stå på én linje.</translation>
    </message>
    <message>
        <source>Tries per message must be between 1 and 10, not %1.</source>
        <translation>Forsøg pr. besked skal være mellem 1 og 10, ikke %1.</translation>
    </message>
    <message>
        <source>The pause between tries must be between 0 and 60000 ms, not %1.</source>
        <translation>Pausen mellem forsøg skal være mellem 0 og 60000 ms, ikke %1.</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettingsPage</name>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>A&amp;dgangskode:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Afsenderadresse:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Afsender&amp;navn:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalt port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS fra starten (normalt port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted, local network only (port 25)</source>
        <translation>Ingen: ukrypteret, kun lokalt netværk (port 25)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation>bogholderi@example.com</translation>
    </message>
    <message>
        <source>The password is kept as typed in this till&apos;s database file, so that the till can log in to the server. Use a password made for this till (an app password) and keep the file and its backups safe.</source>
        <translation>Adgangskoden gemmes, som den er skrevet, i denne kasses databasefil, så kassen kan logge ind på serveren. Brug en adgangskode, der er lavet til denne kasse (en app-adgangskode), og pas godt på filen og dens sikkerhedskopier.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Send &amp;test-e-mail …</translation>
    </message>
    <message>
        <source>The port must be a number such as 587, not &quot;%1&quot;.</source>
        <translation>Porten skal være et tal som 587, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Send test-e-mail</translation>
    </message>
    <message>
        <source>Send a test email to:</source>
        <translation>Send en test-e-mail til:</translation>
    </message>
    <message>
        <source>Test email from Skranke</source>
        <translation>Test-e-mail fra Skranke</translation>
    </message>
    <message>
        <source>This is a test email from Skranke.

If you can read it, the till can send reminders by email through %1.</source>
        <translation>Dette er en test-e-mail fra Skranke.

Hvis du kan læse den, kan kassen sende rykkere pr. e-mail via %1.</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>Test-e-mailen blev sendt til %1.</translation>
    </message>
</context>
<context>
    <name>skranke::MainWindow</name>
    <message>
        <source>Skranke — %1</source>
        <translation>Skranke — %1</translation>
    </message>
    <message>
        <source>Skranke</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Skift bruger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Skranke</source>
        <translation>&amp;Om Skranke</translation>
    </message>
    <message>
        <source>About Skranke</source>
        <translation>Om Skranke</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skranke %1&lt;/h3&gt;&lt;p&gt;Point of sale and bookings for Nordic front desks.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Skranke %1&lt;/h3&gt;&lt;p&gt;Kasse og booking til nordiske receptioner.&lt;/p&gt;&lt;p&gt;Licenseret under GNU GPL, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget ind som %1 (%2)</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Debitorer</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Udligning</translation>
    </message>
    <message>
        <source>Balance list</source>
        <translation>Saldoliste</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rykkere</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Bookinger</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Ny booking …</translation>
    </message>
    <message>
        <source>&amp;Open booking…</source>
        <translation>&amp;Åbn booking …</translation>
    </message>
    <message>
        <source>Open booking</source>
        <translation>Åbn booking</translation>
    </message>
    <message>
        <source>Booking ID:</source>
        <translation>Booking-ID:</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Der er ingen booking %1.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Belægning</translation>
    </message>
    <message>
        <source>Long-term rentals</source>
        <translation>Langtidsleje</translation>
    </message>
    <message>
        <source>Give every running long-term rental its row and invoice for the month (YYYY-MM):</source>
        <translation>Giv hver løbende langtidsleje dens linje og faktura for måneden (YYYY-MM):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>&quot;%1&quot; er ikke en måned (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1: %2 rows and %3 invoices made; %4 rentals had the month already.</source>
        <translation>%1: %2 linjer og %3 fakturaer oprettet; %4 lejemål havde allerede måneden.</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Kør &amp;fakturering …</translation>
    </message>
    <message>
        <source>Run &amp;long-term rentals…</source>
        <translation>Kør &amp;langtidsleje …</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annulleringer</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Webordrer</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Bogføring</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) transferred to accounting</source>
        <translation>
            <numerusform>%n bilag overført til bogføring</numerusform>
            <numerusform>%n bilag overført til bogføring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed</source>
        <translation>
            <numerusform>%n bilag fejlede</numerusform>
            <numerusform>%n bilag fejlede</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer to accounting stopped: %1</source>
        <translation>Overførsel til bogføring stoppet: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MappingPage</name>
    <message>
        <source>(not mapped)</source>
        <translation>(ikke konteret)</translation>
    </message>
    <message>
        <source>Add accou&amp;nt…</source>
        <translation>Tilføj ko&amp;nto …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontoplan</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kontering</translation>
    </message>
    <message>
        <source>The account each kind of amount is booked on. Double-click an account to change it. A voucher with a line that is not mapped fails until the line gets an account.</source>
        <translation>Den konto, hver slags beløb bogføres på. Dobbeltklik på en konto for at ændre den. Et bilag med en linje, der ikke er konteret, fejler, indtil linjen får en konto.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Load the de&amp;fault chart for %1</source>
        <translation>Indlæs &amp;standardkontoplanen for %1</translation>
    </message>
    <message>
        <source>No chart of accounts yet: load the default chart or add accounts, then map each row to an account.</source>
        <translation>Ingen kontoplan endnu: indlæs standardkontoplanen eller tilføj konti, og kontér så hver linje til en konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not mapped.</source>
        <translation>
            <numerusform>%n linje er ikke konteret.</numerusform>
            <numerusform>%n linjer er ikke konteret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is mapped.</source>
        <translation>Alle linjer er konteret.</translation>
    </message>
    <message>
        <source>Only users who may change settings can change this.</source>
        <translation>Kun brugere, der må ændre indstillinger, kan ændre dette.</translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>Du må ikke ændre indstillinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed for a missing mapping. Restart them now?</source>
        <translation>
            <numerusform>%n bilag fejlede på grund af manglende kontering. Genstart det nu?</numerusform>
            <numerusform>%n bilag fejlede på grund af manglende kontering. Genstart dem nu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart vouchers</source>
        <translation>Genstart bilag</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n bilag genstartet.</numerusform>
            <numerusform>%n bilag genstartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Money</name>
    <message>
        <source>There is nothing to share the amount over.</source>
        <translation>Der er intet at fordele beløbet på.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>En andel kan ikke være negativ.</translation>
    </message>
    <message>
        <source>All shares are zero.</source>
        <translation>Alle andele er nul.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency Skranke knows.</source>
        <translation>&quot;%1&quot; er ikke en valuta, Skranke kender.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
    <message>
        <source>has more than one decimal separator</source>
        <translation>har mere end ét decimaltegn</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not part of a number</source>
        <translation>indeholder &quot;%1&quot;, som ikke hører til et tal</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikke et tal</translation>
    </message>
    <message>
        <source>has misplaced thousands separators</source>
        <translation>har tusindtalsseparatorer på forkerte steder</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>er for stort</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Beløbet er for stort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it %2.</source>
        <translation>&quot;%1&quot; er ikke et beløb: det %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>&quot;%1&quot; har mere end %2 decimaler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>&quot;%1&quot; er et for stort beløb.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beløb i %1 og %2 kan ikke blandes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (%2).</source>
        <translation>&quot;%1&quot; er ikke en procentsats (%2).</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>for mange decimaler</translation>
    </message>
    <message>
        <source>The amount would need rounding at %1.</source>
        <translation>Beløbet skulle afrundes ved %1.</translation>
    </message>
    <message>
        <source>The cash rounding step must be more than zero.</source>
        <translation>Trinnet for kontantafrunding skal være større end nul.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>En sats kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A rate cannot have zero as its denominator.</source>
        <translation>En sats kan ikke have nul som nævner.</translation>
    </message>
</context>
<context>
    <name>skranke::NetsGateway</name>
    <message>
        <source>The Nets gateway is not set up: enter the address of its payment API (setting orders.nets.url).</source>
        <translation>Nets-gatewayen er ikke sat op: angiv adressen på dens betalings-API (indstillingen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway address &quot;%1&quot; is not an http or https address (setting orders.nets.url).</source>
        <translation>Adressen &quot;%1&quot; til Nets-gatewayen er ikke en http- eller https-adresse (indstillingen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway is not set up: enter its secret key (setting orders.nets.secret_key).</source>
        <translation>Nets-gatewayen er ikke sat op: angiv dens hemmelige nøgle (indstillingen orders.nets.secret_key).</translation>
    </message>
    <message>
        <source>The Nets secret key contains a line break or another control character.</source>
        <translation>Den hemmelige nøgle til Nets indeholder et linjeskift eller et andet kontroltegn.</translation>
    </message>
    <message>
        <source>The Nets timeout must be a whole number of milliseconds from 1 to %1 (setting orders.nets.timeout_ms).</source>
        <translation>Ventetiden for Nets skal være et helt antal millisekunder fra 1 til %1 (indstillingen orders.nets.timeout_ms).</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrderDialog</name>
    <message>
        <source>Value card</source>
        <translation>Værdikort</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Webordre %1</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>Co&amp;ntents</source>
        <translation>I&amp;ndhold</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo nu</translation>
    </message>
    <message>
        <source>Value cards are issued when the payment is captured.</source>
        <translation>Værdikortene udstedes, når betalingen er hævet.</translation>
    </message>
    <message>
        <source>Create in&amp;voice…</source>
        <translation>O&amp;pret faktura …</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Udstedte værdikort:</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>I alt: %1</translation>
    </message>
    <message>
        <source>Invoiced: invoice %1</source>
        <translation>Faktureret: faktura %1</translation>
    </message>
    <message>
        <source>Invoice the order&apos;s lines to a debtor; what the card already paid is registered as the debtor&apos;s payment.</source>
        <translation>Fakturer ordrens linjer til en debitor; det, kortet allerede har betalt, registreres som debitorens betaling.</translation>
    </message>
    <message>
        <source>You lack the right to create invoices.</source>
        <translation>Du har ikke ret til at oprette fakturaer.</translation>
    </message>
    <message>
        <source>Invoice order %1 to</source>
        <translation>Fakturer ordre %1 til</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>Faktura %1 er oprettet</translation>
    </message>
    <message>
        <source>Void value cards…</source>
        <translation>Annuller værdikort …</translation>
    </message>
    <message>
        <source>Voiding value cards needs the right to refund online orders (orders.refund).</source>
        <translation>At annullere værdikort kræver retten til at refundere webordrer (orders.refund).</translation>
    </message>
    <message>
        <source>Takes what is left on the cards off them, so that it can be refunded to the customer&apos;s card.</source>
        <translation>Fjerner det, der er tilbage på kortene, så det kan refunderes til kundens kort.</translation>
    </message>
    <message>
        <source>Nothing is left on the cards.</source>
        <translation>Der er intet tilbage på kortene.</translation>
    </message>
    <message>
        <source>Void value cards</source>
        <translation>Annuller værdikort</translation>
    </message>
    <message>
        <source>Take what is left on the value cards of order %1 off them? The cards can no longer be used, and the amount can then be refunded.</source>
        <translation>Fjern det, der er tilbage på værdikortene fra ordre %1? Kortene kan ikke længere bruges, og beløbet kan derefter refunderes.</translation>
    </message>
    <message>
        <source>Order con&amp;firmation…</source>
        <translation>Ordrebekræ&amp;ftelse …</translation>
    </message>
    <message>
        <source>Capture the card payment or cancel the reservation first, so the customer is not charged twice.</source>
        <translation>Hæv kortbetalingen eller annuller reservationen først, så kunden ikke betaler to gange.</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrderListModel</name>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Åbn booking %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åbn kunde</translation>
    </message>
    <message>
        <source>%1 — a call to the card gateway is pending</source>
        <translation>%1 — et kald til betalingsgatewayen afventer svar</translation>
    </message>
    <message>
        <source>Show the order confirmation the customer got</source>
        <translation>Vis den ordrebekræftelse, kunden fik</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Åbn ordren</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalingstype</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekræftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrdersPage</name>
    <message>
        <source>&lt;h2&gt;Online orders&lt;/h2&gt;Orders from the webshop, newest first. Click a customer to open them, &lt;i&gt;Show&lt;/i&gt; for the confirmation the customer got, &lt;i&gt;Edit&lt;/i&gt; to work on the order.</source>
        <translation>&lt;h2&gt;Webordrer&lt;/h2&gt;Ordrer fra webshoppen, nyeste først. Klik på en kunde for at åbne kunden, på &lt;i&gt;Vis&lt;/i&gt; for at se den bekræftelse, kunden fik, og på &lt;i&gt;Ret&lt;/i&gt; for at arbejde med ordren.</translation>
    </message>
    <message>
        <source>Order number, customer or email</source>
        <translation>Ordrenummer, kunde eller e-mail</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importer ordrer …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Apply to selected</source>
        <translation>&amp;Anvend på valgte</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;ksporter CSV …</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation>Sæt stat&amp;us:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Ski&amp;lletegn:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importer ordrer</translation>
    </message>
    <message>
        <source>Sign in to import orders.</source>
        <translation>Log ind for at importere ordrer.</translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation>Filen indeholder ingen ordrer.</translation>
    </message>
    <message>
        <source>Order files (*.json);;All files (*)</source>
        <translation>Ordrefiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Sæt status</translation>
    </message>
    <message>
        <source>Select the orders to move first.</source>
        <translation>Vælg først de ordrer, der skal flyttes.</translation>
    </message>
    <message>
        <source>Sign in to change orders.</source>
        <translation>Log ind for at ændre ordrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) set to %1.</source>
        <translation>
            <numerusform>%n ordre er sat til %1.</numerusform>
            <numerusform>%n ordrer er sat til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) saved to %1.</source>
        <translation>
            <numerusform>%n ordre er gemt i %1.</numerusform>
            <numerusform>%n ordrer er gemt i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Eksporter ordrer som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Webordre</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Ordrebekræftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OrderConfirmationDialog</name>
    <message>
        <source>Order confirmation %1</source>
        <translation>Ordrebekræftelse %1</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Ordrebekræftelse</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordrenummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Faktureringsadresse</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>Varenummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>I alt inkl. moms</translation>
    </message>
    <message>
        <source>Of which VAT %1 %</source>
        <translation>Heraf moms %1 %</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Din kommentar</translation>
    </message>
</context>
<context>
    <name>skranke::OrderDetailsForm</name>
    <message>
        <source>&amp;Paid</source>
        <translation>&amp;Betalt</translation>
    </message>
    <message>
        <source>Goods ready to s&amp;hip / service delivered</source>
        <translation>Varer klar til afsendelse / ydelse le&amp;veret</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Pa&amp;yment type:</source>
        <translation>Betalingst&amp;ype:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Ordre&amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Customer name:</source>
        <translation>&amp;Kundenavn:</translation>
    </message>
    <message>
        <source>Customer &amp;email:</source>
        <translation>Kundens &amp;e-mail:</translation>
    </message>
    <message>
        <source>Customer&apos;s comment:</source>
        <translation>Kundens kommentar:</translation>
    </message>
    <message>
        <source>&amp;Internal comments:</source>
        <translation>&amp;Interne kommentarer:</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>Sa&amp;mme som fakturering</translation>
    </message>
    <message>
        <source>Copy the billing address to the delivery address</source>
        <translation>Kopier faktureringsadressen til leveringsadressen</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>&amp;Faktureringsadresse</translation>
    </message>
    <message>
        <source>&amp;Delivery address</source>
        <translation>&amp;Leveringsadresse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Two letters, for example DK, NO or SE</source>
        <translation>To bogstaver, f.eks. DK, NO eller SE</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åbn kunde</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Åbn booking %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The order holds a card reservation: it is paid when the payment is captured (see Payment).</source>
        <translation>Ordren har en kortreservation: den er betalt, når betalingen er hævet (se Betaling).</translation>
    </message>
    <message>
        <source>Tick when the money has arrived, for example by bank transfer.</source>
        <translation>Sæt hak, når pengene er modtaget, f.eks. ved bankoverførsel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrderEditorDialog</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Row added</source>
        <translation>Linje tilføjet</translation>
    </message>
    <message>
        <source>Row changed</source>
        <translation>Linje ændret</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faktureret</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betaling mislykket</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Fuldt betalt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message>
        <source>An invoice is to be &amp;generated</source>
        <translation>Der skal &amp;udstedes en faktura</translation>
    </message>
    <message>
        <source>Invoice (bank transfer)</source>
        <translation>Faktura (bankoverførsel)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Paid at the till</source>
        <translation>Betalt ved kassen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Send invoice</source>
        <translation>Send faktura</translation>
    </message>
    <message>
        <source>Generate invoice</source>
        <translation>Dan faktura</translation>
    </message>
    <message>
        <source>Generate reminder</source>
        <translation>Dan rykker</translation>
    </message>
    <message>
        <source>Settle booking when paid</source>
        <translation>Afregn bookingen, når den er betalt</translation>
    </message>
    <message>
        <source>Cancel on missing payment</source>
        <translation>Annuller ved manglende betaling</translation>
    </message>
    <message>
        <source>Deposit due:</source>
        <translation>Depositum forfalder:</translation>
    </message>
    <message>
        <source>Final due:</source>
        <translation>Restbeløb forfalder:</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>Betalings&amp;måde:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Forfaldsdatoer:</translation>
    </message>
    <message>
        <source>Message on the in&amp;voice:</source>
        <translation>B&amp;esked på fakturaen:</translation>
    </message>
    <message>
        <source>Generate in&amp;voice</source>
        <translation>&amp;Dan faktura</translation>
    </message>
    <message>
        <source>Manual &amp;payment…</source>
        <translation>Manuel &amp;betaling …</translation>
    </message>
    <message>
        <source>Invoice P&amp;DF</source>
        <translation>Faktura-&amp;PDF</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Postering</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The booking&apos;s entries on the customer&apos;s debtor account: its invoices and payments.</source>
        <translation>Bookingens posteringer på kundens debitorkonto: dens fakturaer og betalinger.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Write a line in the booking&apos;s log</source>
        <translation>Skriv en linje i bookingens log</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Tilfø&amp;j til log</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · to pay %3</source>
        <translation>I alt %1 · betalt %2 · at betale %3</translation>
    </message>
    <message>
        <source>Deposit %1 % = %2</source>
        <translation>Depositum %1 % = %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is posted, due %3.</source>
        <translation>Faktura %1 på %2 er bogført og forfalder %3.</translation>
    </message>
    <message>
        <source>Manual payment, booking %1</source>
        <translation>Manuel betaling, booking %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankoverførsel</translation>
    </message>
    <message>
        <source>MobilePay / Vipps / Swish</source>
        <translation>MobilePay / Vipps / Swish</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Betalings&amp;måde:</translation>
    </message>
    <message>
        <source>&amp;Transaction ID / reference:</source>
        <translation>&amp;Transaktions-ID / reference:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Faktura-PDF</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Linjer</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>&amp;Economy</source>
        <translation>&amp;Økonomi</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>L&amp;og</translation>
    </message>
    <message>
        <source>Cop&amp;y booking</source>
        <translation>&amp;Kopier booking</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>Send &amp;supplier report</source>
        <translation>&amp;Send leverandørrapport</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>K&amp;ampagne:</translation>
    </message>
    <message>
        <source>&amp;Order source:</source>
        <translation>Or&amp;drekilde:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>&amp;Henvist af:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Form&amp;ål:</translation>
    </message>
    <message>
        <source>Customer&apos;s co&amp;mments:</source>
        <translation>Kundens ko&amp;mmentarer:</translation>
    </message>
    <message>
        <source>Internal &amp;notes:</source>
        <translation>&amp;Interne noter:</translation>
    </message>
    <message>
        <source>&amp;Add row…</source>
        <translation>&amp;Tilføj linje …</translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>&amp;Ret linje …</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Ny booking</translation>
    </message>
    <message>
        <source>Booking ID %1 · created %2 by %3 · updated %4</source>
        <translation>Booking-ID %1 · oprettet %2 af %3 · opdateret %4</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>sidst sendt %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ikke sendt endnu</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ingen e-mail</translation>
    </message>
    <message>
        <source>&lt;i&gt;No customer yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen kunde endnu&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Booking row</source>
        <translation>Bookinglinje</translation>
    </message>
    <message>
        <source>Row %1 is settled and cannot be changed.</source>
        <translation>Linje %1 er afregnet og kan ikke ændres.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Linje %1 er annulleret.</translation>
    </message>
    <message>
        <source>Copy booking</source>
        <translation>Kopier booking</translation>
    </message>
    <message>
        <source>Booking %1 is a copy of booking %2.</source>
        <translation>Booking %1 er en kopi af booking %2.</translation>
    </message>
    <message>
        <source>Send latest invoice</source>
        <translation>Send seneste faktura</translation>
    </message>
    <message>
        <source>Send payment confirmation</source>
        <translation>Send betalingsbekræftelse</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>T&amp;ilbagebetal …</translation>
    </message>
    <message>
        <source>&amp;Transfer payment…</source>
        <translation>O&amp;verfør betaling …</translation>
    </message>
    <message>
        <source>Refund, booking %1</source>
        <translation>Tilbagebetaling, booking %1</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>The card it was paid with</source>
        <translation>Det kort, der blev betalt med</translation>
    </message>
    <message>
        <source>Reg. no. and account, Norwegian account number, or IBAN</source>
        <translation>Reg.nr. og konto, norsk kontonummer eller IBAN</translation>
    </message>
    <message>
        <source>Refundable: %1</source>
        <translation>Kan tilbagebetales: %1</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>T&amp;ransaction ID:</source>
        <translation>T&amp;ransaktions-ID:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>The account to pay back to is required.</source>
        <translation>Kontoen, der skal tilbagebetales til, skal udfyldes.</translation>
    </message>
    <message>
        <source>Transfer payment from booking %1</source>
        <translation>Overfør betaling fra booking %1</translation>
    </message>
    <message>
        <source>Booking ID</source>
        <translation>Booking-ID</translation>
    </message>
    <message>
        <source>To &amp;booking:</source>
        <translation>Til b&amp;ooking:</translation>
    </message>
    <message>
        <source>Give the booking ID to move the payment to.</source>
        <translation>Angiv ID på den booking, betalingen skal flyttes til.</translation>
    </message>
    <message>
        <source>Send supplier report &amp;now</source>
        <translation>Send leverandørrapport &amp;nu</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n linje</numerusform>
            <numerusform>%1 (%2): %n linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no email address: not sent.</source>
        <translation>%1 har ingen e-mailadresse: ikke sendt.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>Moved between bookings</source>
        <translation>Flyttet mellem bookinger</translation>
    </message>
    <message>
        <source>Every row is invoiced, and invoice %1 was due %2 and is not paid. Make a reminder for it on the Reminders page?</source>
        <translation>Alle linjer er faktureret, og faktura %1 forfaldt %2 og er ikke betalt. Vil du lave en rykker for den på siden Rykkere?</translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Ann&amp;uller booking …</translation>
    </message>
    <message>
        <source>Ca&amp;ncel row…</source>
        <translation>A&amp;nnuller linje …</translation>
    </message>
    <message>
        <source>Not saved: lowering the quantity cancels units, and that needs a reason.</source>
        <translation>Ikke gemt: når antallet sænkes, annulleres enheder, og det kræver en årsag.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbagebetaling</translation>
    </message>
    <message>
        <source>Payment moved</source>
        <translation>Betaling flyttet</translation>
    </message>
    <message>
        <source>Supplier report sent</source>
        <translation>Leverandørrapport sendt</translation>
    </message>
    <message>
        <source>Supplier report marked sent</source>
        <translation>Leverandørrapport markeret som sendt</translation>
    </message>
    <message>
        <source>Suppliers told of cancellation</source>
        <translation>Leverandører underrettet om annullering</translation>
    </message>
    <message>
        <source>Invoice emailed</source>
        <translation>Faktura sendt pr. e-mail</translation>
    </message>
    <message>
        <source>Payment confirmation emailed</source>
        <translation>Betalingsbekræftelse sendt pr. e-mail</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImport</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Der er ingen kunde %1.</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Der er ingen booking %1.</translation>
    </message>
    <message>
        <source>The order file was not imported:
%1</source>
        <translation>Ordrefilen blev ikke importeret:
%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation>Importmappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Kan ikke flytte %1 til %2.</translation>
    </message>
    <message>
        <source>The order is in %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Ordren er i %1; Skranke fører denne virksomheds regnskab i %2.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImportParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 mangler.</translation>
    </message>
    <message>
        <source>%1 must be an object { … }, not %2.</source>
        <translation>%1 skal være et objekt { … }, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a list [ … ], not %2.</source>
        <translation>%1 skal være en liste [ … ], ikke %2.</translation>
    </message>
    <message>
        <source>%1 is an empty list.</source>
        <translation>%1 er en tom liste.</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2.</source>
        <translation>%1 skal være en tekst i anførselstegn, ikke %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 er tom.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 er %2 tegn lang; højst %3 er tilladt.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 skal være en af %2, ikke &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address: it has no &quot;@&quot;.</source>
        <translation>%1 &quot;%2&quot; er ikke en e-mailadresse: den har intet &quot;@&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 skal være et helt tal, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 skal være et helt tal fra %2 til %3, ikke %4.</translation>
    </message>
    <message>
        <source>%1 must be written as a string like &quot;1250.00&quot;, not as the number %2: JSON numbers are floating point and can change an amount.</source>
        <translation>%1 skal skrives som en tekst i anførselstegn som &quot;1250.00&quot;, ikke som tallet %2: JSON-tal er flydende kommatal og kan ændre et beløb.</translation>
    </message>
    <message>
        <source>%1 must be an amount written as a string like &quot;1250.00&quot;, not %2.</source>
        <translation>%1 skal være et beløb skrevet som en tekst i anførselstegn som &quot;1250.00&quot;, ikke %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be written with a point for decimals and without thousands separators, like &quot;1250.00&quot;.</source>
        <translation>%1 &quot;%2&quot; skal skrives med punktum som decimaltegn og uden tusindtalsseparatorer, som &quot;1250.00&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be negative: &quot;%2&quot;.</source>
        <translation>%1 kan ikke være negativ: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be written as a string like &quot;25&quot;, not as the number %2.</source>
        <translation>%1 skal skrives som en tekst i anførselstegn som &quot;25&quot;, ikke som tallet %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage written as a string like &quot;25&quot;, not %2.</source>
        <translation>%1 skal være en procentsats skrevet som en tekst i anførselstegn som &quot;25&quot;, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not &quot;%2&quot;.</source>
        <translation>%1 skal være en procentsats fra 0 til 100, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a time with a time zone, like &quot;2026-11-20T14:03:00Z&quot; or &quot;2026-11-20T15:03:00+01:00&quot;, not &quot;%2&quot;.</source>
        <translation>%1 skal være et tidspunkt med tidszone, som &quot;2026-11-20T14:03:00Z&quot; eller &quot;2026-11-20T15:03:00+01:00&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown currency &quot;%2&quot;; use a code such as DKK, NOK, SEK or EUR.</source>
        <translation>%1: ukendt valuta &quot;%2&quot;; brug en kode som DKK, NOK, SEK eller EUR.</translation>
    </message>
    <message>
        <source>country must be a two-letter country code such as &quot;DK&quot;, not &quot;%1&quot;.</source>
        <translation>country skal være en landekode på to bogstaver som &quot;DK&quot;, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>customer needs an &quot;id&quot; (a registered customer) or a &quot;name&quot;.</source>
        <translation>customer skal have et &quot;id&quot; (en registreret kunde) eller et &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Each order line must be an object { … }, not %1.</source>
        <translation>Hver ordrelinje skal være et objekt { … }, ikke %1.</translation>
    </message>
    <message>
        <source>The order&apos;s lines add up to too large an amount.</source>
        <translation>Ordrens linjer giver tilsammen et for stort beløb.</translation>
    </message>
    <message>
        <source>amount %1 cannot be split evenly into %2 value cards: a value card line issues one card per unit, so its amount must be the card&apos;s value times the quantity.</source>
        <translation>amount %1 kan ikke fordeles ligeligt på %2 værdikort: en værdikortlinje udsteder ét kort pr. enhed, så beløbet skal være kortets værdi gange antallet.</translation>
    </message>
    <message>
        <source>A %1 payment goes through no gateway: leave gateway out.</source>
        <translation>En betaling med %1 går ikke gennem en gateway: udelad gateway.</translation>
    </message>
    <message>
        <source>status &quot;failed&quot; is only for payments through a gateway, not %1.</source>
        <translation>status &quot;failed&quot; gælder kun betalinger gennem en gateway, ikke %1.</translation>
    </message>
    <message>
        <source>Nothing is reserved for a %1 payment: reserved must be 0 or left out, not %2.</source>
        <translation>Der reserveres intet ved betaling med %1: reserved skal være 0 eller udelades, ikke %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but a failed payment reserves nothing (0) and the order total is %2.</source>
        <translation>reserved er %1, men en mislykket betaling reserverer intet (0), og ordrens samlede beløb er %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but the order lines add up to %2; the reservation must equal the order total.</source>
        <translation>reserved er %1, men ordrelinjerne giver tilsammen %2; reservationen skal svare til ordrens samlede beløb.</translation>
    </message>
    <message>
        <source>The file must be a JSON object with &quot;format&quot; and &quot;orders&quot;, not a list.</source>
        <translation>Filen skal være et JSON-objekt med &quot;format&quot; og &quot;orders&quot;, ikke en liste.</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>format skal være &quot;%1&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>orders is missing.</source>
        <translation>orders mangler.</translation>
    </message>
    <message>
        <source>Each order must be an object { … }, not %1.</source>
        <translation>Hver ordre skal være et objekt { … }, ikke %1.</translation>
    </message>
    <message>
        <source>external_id &quot;%1&quot; is already used by orders[%2] in this file.</source>
        <translation>external_id &quot;%1&quot; bruges allerede af orders[%2] i denne fil.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at this point or just before it): %1.</source>
        <translation>Filen er ikke gyldig JSON (på dette sted eller lige før): %1.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>linje %1, kolonne %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImportWatcher</name>
    <message>
        <source>Order import from %1 failed: %2</source>
        <translation>Ordreimport fra %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importeret: %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Findes allerede: %1</translation>
    </message>
    <message>
        <source>Captured automatically: %1</source>
        <translation>Hævet automatisk: %1</translation>
    </message>
    <message>
        <source>Automatic capture failed: %1</source>
        <translation>Automatisk hævning mislykkedes: %1</translation>
    </message>
    <message>
        <source>Order files imported: %1</source>
        <translation>Ordrefiler importeret: %1</translation>
    </message>
    <message>
        <source>Order file refused (moved to refused/): %1</source>
        <translation>Ordrefil afvist (flyttet til refused/): %1</translation>
    </message>
</context>
<context>
    <name>skranke::OrderList</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Yes (by hand)</source>
        <translation>Ja (manuelt)</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nej (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalingstype</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation>Betalingsstatus</translation>
    </message>
    <message>
        <source>Item numbers</source>
        <translation>Varenumre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>skranke::OrderPaymentPanel</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Capture &amp;all</source>
        <translation>Hæv &amp;alt</translation>
    </message>
    <message>
        <source>Capture a&amp;mount…</source>
        <translation>&amp;Hæv beløb …</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation</source>
        <translation>Annuller &amp;reservation</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Ref&amp;under …</translation>
    </message>
    <message>
        <source>Ask the gate&amp;way again</source>
        <translation>Spørg gate&amp;wayen igen</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>Reserved:</source>
        <translation>Reserveret:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Hævet:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Refunderet:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Kan refunderes:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>His&amp;torik:</translation>
    </message>
    <message>
        <source>none (not paid by card)</source>
        <translation>ingen (ikke betalt med kort)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · paid: %2</source>
        <translation>%1 · betalt: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>betalt: %1</translation>
    </message>
    <message>
        <source>A %1 of %2 got no answer from the gateway; it is asked again before anything else.</source>
        <translation>Et forsøg på at %1 %2 har ikke fået svar fra gatewayen; der spørges igen, før der gøres andet.</translation>
    </message>
    <message>
        <source>You lack the right to take or release card payments.</source>
        <translation>Du har ikke ret til at hæve eller frigive kortbetalinger.</translation>
    </message>
    <message>
        <source>This order was not paid by card.</source>
        <translation>Denne ordre er ikke betalt med kort.</translation>
    </message>
    <message>
        <source>Only a reservation that is still awaiting can be captured or released.</source>
        <translation>Kun en reservation, der stadig afventer, kan hæves eller frigives.</translation>
    </message>
    <message>
        <source>Refunding needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Refusion kræver ret til at refundere webordrer (orders.refund); spørg en leder.</translation>
    </message>
    <message>
        <source>Nothing captured is left to refund.</source>
        <translation>Der er intet hævet beløb tilbage at refundere.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>intet svar endnu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Gateway ref.: %1</source>
        <translation>Gateway-ref.: %1</translation>
    </message>
    <message>
        <source>Captured early, confirmed by %1: %2</source>
        <translation>Hævet før tid, bekræftet af %1: %2</translation>
    </message>
    <message>
        <source>Capture early</source>
        <translation>Hæv før tid</translation>
    </message>
    <message>
        <source>Capture anyway? Your name is recorded with it.</source>
        <translation>Hæv alligevel? Dit navn registreres sammen med hævningen.</translation>
    </message>
    <message>
        <source>Capture amount</source>
        <translation>Hæv beløb</translation>
    </message>
    <message>
        <source>Capture at most %1. The rest of the reservation is released: it cannot be captured later.</source>
        <translation>Hæv højst %1. Resten af reservationen frigives: den kan ikke hæves senere.</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annuller reservation</translation>
    </message>
    <message>
        <source>Release the reservation of %1? The customer is not charged.</source>
        <translation>Frigiv reservationen på %1? Kunden bliver ikke opkrævet noget.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusion</translation>
    </message>
    <message>
        <source>Pay back at most %1 to the customer&apos;s card.</source>
        <translation>Betal højst %1 tilbage til kundens kort.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <source>%1 (%2 released)</source>
        <translation>%1 (%2 frigivet)</translation>
    </message>
    <message>
        <source>Resolve by &amp;hand…</source>
        <translation>Afgør &amp;manuelt …</translation>
    </message>
    <message>
        <source>When the gateway never answers: record what its own portal shows.</source>
        <translation>Når gatewayen aldrig svarer: registrér, hvad dens egen portal viser.</translation>
    </message>
    <message>
        <source>Needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Kræver retten til at refundere webordrer (orders.refund); spørg en leder.</translation>
    </message>
    <message>
        <source>The call to %1 %2</source>
        <translation>Kaldet om at %1 %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrderPayments</name>
    <message>
        <source>Order %1 was not paid by card, so there is nothing to %2 at a gateway. Mark it paid when the money has arrived.</source>
        <translation>Ordre %1 er ikke betalt med kort, så der er intet at %2 hos en gateway. Marker den som betalt, når pengene er modtaget.</translation>
    </message>
    <message>
        <source>The gateway declined to %1 %2 on order %3: %4</source>
        <translation>Gatewayen afviste at %1 %2 på ordre %3: %4</translation>
    </message>
    <message>
        <source>The gateway did not answer whether it did %1 %2 on order %3 (%4). It is kept as pending and asked again, with the same key, before anything else is done to the order, so it is never done twice. Try again in a moment.</source>
        <translation>Gatewayen svarede ikke på, om den nåede at %1 %2 på ordre %3 (%4). Kaldet gemmes som afventende og forespørges igen med samme nøgle, før der gøres andet ved ordren, så det aldrig udføres to gange. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>You can refund at most %1 now: the rest is on value cards the order issued. Void the cards first; what is left on them can then be refunded.</source>
        <translation>Du kan højst refundere %1 nu: resten står på værdikort, som ordren har udstedt. Annuller kortene først; det, der er tilbage på dem, kan derefter refunderes.</translation>
    </message>
    <message>
        <source>Order %1 has no value card with money left on it.</source>
        <translation>Ordre %1 har intet værdikort med penge tilbage.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): the customer pays the invoice, so the card is not charged. Cancel the reservation instead.</source>
        <translation>Ordre %1 er faktureret (faktura %2): kunden betaler fakturaen, så kortet hæves ikke. Annuller reservationen i stedet.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): what it paid stands on the debtor. Credit the invoice and pay the credit back from the debtor instead.</source>
        <translation>Ordre %1 er faktureret (faktura %2): det, den har betalt, står på debitoren. Krediter fakturaen, og betal krediteringen tilbage fra debitoren i stedet.</translation>
    </message>
    <message>
        <source>Order %1 sells value cards: capture all of it, then refund what was not delivered (void the cards first).</source>
        <translation>Ordre %1 sælger værdikort: hæv det hele, og refunder derefter det, der ikke blev leveret (annuller kortene først).</translation>
    </message>
    <message>
        <source>Another call to the gateway for order %1 is under way. Try again in a moment.</source>
        <translation>Et andet kald til gatewayen for ordre %1 er i gang. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Say how you know what the gateway did, e.g. &quot;checked in the Nets portal&quot;.</source>
        <translation>Skriv, hvordan du ved, hvad gatewayen gjorde, f.eks. &quot;tjekket i Nets-portalen&quot;.</translation>
    </message>
    <message>
        <source>Order %1 has no gateway call waiting for an answer.</source>
        <translation>Ordre %1 har intet kald til gatewayen, der venter på svar.</translation>
    </message>
    <message>
        <source>Resolved by hand by %1: %2</source>
        <translation>Afgjort manuelt af %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrderService</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankoverførsel</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukendt betalingstype &quot;%1&quot;. Brug en af: %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Angiv kundens navn.</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>Angiv ordredatoen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: it is paid when the payment is captured, not by setting the paid flag.</source>
        <translation>Ordre %1 har en kortreservation: den er betalt, når betalingen er hævet, ikke ved at markere den som betalt.</translation>
    </message>
    <message>
        <source>Enter a name for the status.</source>
        <translation>Angiv et navn til statussen.</translation>
    </message>
    <message>
        <source>A status name has at most 40 characters.</source>
        <translation>Et statusnavn har højst 40 tegn.</translation>
    </message>
    <message>
        <source>There is already a status &quot;%1&quot;.</source>
        <translation>Der er allerede en status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Order %1 is already invoiced (invoice %2).</source>
        <translation>Ordre %1 er allerede faktureret (faktura %2).</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Webordre %1</translation>
    </message>
    <message>
        <source>Order %1 has nothing to invoice: every line is 0.</source>
        <translation>Ordre %1 har intet at fakturere: alle linjer er 0.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: capture it or cancel the reservation before invoicing, so the customer is not charged twice.</source>
        <translation>Ordre %1 har en kortreservation: hæv den eller annuller reservationen, før der faktureres, så kunden ikke betaler to gange.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderSettings</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Wait between 1 and 60 seconds for the gateway&apos;s answer.</source>
        <translation>Vent mellem 1 og 60 sekunder på gatewayens svar.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderStore</name>
    <message>
        <source>There is no order %1.</source>
        <translation>Der er ingen ordre %1.</translation>
    </message>
    <message>
        <source>There is no order status %1.</source>
        <translation>Der er ingen ordrestatus %1.</translation>
    </message>
    <message>
        <source>The built-in order status %1 is missing.</source>
        <translation>Den indbyggede ordrestatus %1 mangler.</translation>
    </message>
    <message>
        <source>Not effected</source>
        <translation>Ikke effektueret</translation>
    </message>
    <message>
        <source>Effected</source>
        <translation>Effektueret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
</context>
<context>
    <name>skranke::OrderVouchers</name>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Online order %1 captured, %2</source>
        <translation>Webordre %1 hævet, %2</translation>
    </message>
    <message>
        <source>Online order %1 refunded, %2</source>
        <translation>Webordre %1 refunderet, %2</translation>
    </message>
    <message>
        <source>Payout %1 from %2</source>
        <translation>Udbetaling %1 fra %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrdersSettingsPage</name>
    <message>
        <source>&amp;Capture value-card orders when they are imported</source>
        <translation>&amp;Hæv værdikortordrer, når de importeres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se …</translation>
    </message>
    <message>
        <source>No folder: import order files by hand</source>
        <translation>Ingen mappe: importer ordrefiler manuelt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import &amp;folder:</source>
        <translation>Import&amp;mappe:</translation>
    </message>
    <message>
        <source>Order files (*.json) that appear in the folder are imported and moved to its imported/ folder; a file that cannot be imported is moved to refused/ with the reasons beside it. Card rules allow a value card to be captured at once; goods are captured when ready to ship and services when delivered.</source>
        <translation>Ordrefiler (*.json), der dukker op i mappen, importeres og flyttes til dens undermappe imported/; en fil, der ikke kan importeres, flyttes til refused/ med årsagerne ved siden af. Kortreglerne tillader, at et værdikort hæves med det samme; varer hæves, når de er klar til afsendelse, og ydelser, når de er leveret.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Nets card gateway</source>
        <translation>Nets-betalingsgateway</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Hemmelig &amp;nøgle:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vent på svar i:</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Ordrestatusser</translation>
    </message>
    <message>
        <source>&amp;Add status…</source>
        <translation>&amp;Tilføj status …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (indbygget)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importmappe</translation>
    </message>
    <message>
        <source>Add order status</source>
        <translation>Tilføj ordrestatus</translation>
    </message>
    <message>
        <source>Name of the new status:</source>
        <translation>Navn på den nye status:</translation>
    </message>
</context>
<context>
    <name>skranke::Outbox</name>
    <message>
        <source>Email is not set up: there is no sender address.</source>
        <translation>E-mail er ikke sat op: der er ingen afsenderadresse.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Der er ingen besked %1 i udbakken.</translation>
    </message>
</context>
<context>
    <name>skranke::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Send &amp;waiting mail</source>
        <translation>Send &amp;ventende mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykket</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>All mail has been sent.</source>
        <translation>Al mail er sendt.</translation>
    </message>
    <message numerus="yes">
        <source>%n emails have not been sent yet.</source>
        <translation>
            <numerusform>%n e-mail er ikke sendt endnu.</numerusform>
            <numerusform>%n e-mails er ikke sendt endnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2. %3</source>
        <translation>Sendte %1 af %2. %3</translation>
    </message>
</context>
<context>
    <name>skranke::ParkedSales</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; mangler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; er ikke tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; er ikke et objekt</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>Kurven er tom: der er intet at parkere.</translation>
    </message>
    <message>
        <source>A parked sale&apos;s label has at most %1 characters.</source>
        <translation>Noten til et parkeret salg må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Linje %1: prisen skal være i %2.</translation>
    </message>
    <message>
        <source>Line %1: a rate with more than 9 decimals cannot be parked.</source>
        <translation>Linje %1: en sats med mere end 9 decimaler kan ikke parkeres.</translation>
    </message>
    <message>
        <source>There is no parked sale %1.</source>
        <translation>Der er intet parkeret salg %1.</translation>
    </message>
    <message>
        <source>Parked sale %1 was recalled already, by %2.</source>
        <translation>Parkeret salg %1 er allerede hentet af %2.</translation>
    </message>
    <message>
        <source>Parked sale %1 cannot be recalled: its cart is damaged (%2).</source>
        <translation>Parkeret salg %1 kan ikke hentes: kurven er beskadiget (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; er ikke et heltal</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>a cart format this version does not know</source>
        <translation>et kurvformat, som denne version ikke kender</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>ingen linjer</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentDialog</name>
    <message>
        <source>Payment from %1</source>
        <translation>Betaling fra %1</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Payment &amp;type:</source>
        <translation>Betalings&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Outstanding: %1. Tick the invoices the payment is for; with none ticked it settles the oldest first. What is left stands on the debtor as a remaining amount.</source>
        <translation>Udestående: %1. Sæt flueben ved de fakturaer, betalingen gælder; uden flueben udligner den de ældste først. Resten står på debitoren som restbeløb.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Udlign</translation>
    </message>
    <message>
        <source>Payment from %1 at till %2</source>
        <translation>Betaling fra %1 på kasse %2</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>Betalings&amp;middel:</translation>
    </message>
    <message>
        <source>from the card terminal</source>
        <translation>fra kortterminalen</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentMachine</name>
    <message>
        <source>The payment cannot be captured: it is %1. Only a reserved payment that is awaiting capture can be captured, once.</source>
        <translation>Betalingen kan ikke hæves: dens status er %1. Kun en reserveret betaling, der afventer hævning, kan hæves, og kun én gang.</translation>
    </message>
    <message>
        <source>The amount to capture must be more than 0.</source>
        <translation>Beløbet, der skal hæves, skal være større end 0.</translation>
    </message>
    <message>
        <source>You can capture at most the reserved amount, %1.</source>
        <translation>Du kan højst hæve det reserverede beløb, %1.</translation>
    </message>
    <message>
        <source>The reservation cannot be cancelled: the payment is %1. Only a reservation awaiting capture can be cancelled; a captured payment is refunded instead.</source>
        <translation>Reservationen kan ikke annulleres: betalingens status er %1. Kun en reservation, der afventer hævning, kan annulleres; en hævet betaling refunderes i stedet.</translation>
    </message>
    <message>
        <source>Nothing can be refunded: the payment is %1. Only a captured payment can be refunded.</source>
        <translation>Der kan ikke refunderes noget: betalingens status er %1. Kun en hævet betaling kan refunderes.</translation>
    </message>
    <message>
        <source>The amount to refund must be more than 0.</source>
        <translation>Beløbet, der skal refunderes, skal være større end 0.</translation>
    </message>
    <message>
        <source>You can refund at most %1: %2 was captured and %3 is already refunded.</source>
        <translation>Du kan højst refundere %1: %2 er hævet, og %3 er allerede refunderet.</translation>
    </message>
    <message>
        <source>Unknown payment state &quot;%1&quot;.</source>
        <translation>Ukendt betalingsstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>afventer</translation>
    </message>
    <message>
        <source>received</source>
        <translation>modtaget</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunderet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykket</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>hæve</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annullere</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refundere</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentTerms</name>
    <message>
        <source>Payment terms are &quot;net&quot; or &quot;end_of_month&quot;, not &quot;%1&quot;.</source>
        <translation>Betalingsbetingelser er &quot;net&quot; eller &quot;end_of_month&quot;, ikke &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutCsv</name>
    <message>
        <source>A quoted field starts here and is never closed.</source>
        <translation>Et felt i anførselstegn starter her og lukkes aldrig.</translation>
    </message>
    <message>
        <source>The payout id is missing.</source>
        <translation>Udbetalings-id mangler.</translation>
    </message>
    <message>
        <source>The payout id is longer than %1 characters.</source>
        <translation>Udbetalings-id er længere end %1 tegn.</translation>
    </message>
    <message>
        <source>The currency is missing; it must be %1.</source>
        <translation>Valutaen mangler; den skal være %1.</translation>
    </message>
    <message>
        <source>The currency is %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Valutaen er %1; Skranke fører denne virksomheds regnskab i %2.</translation>
    </message>
    <message>
        <source>The type is &quot;%1&quot;; it must be &quot;transaction&quot; or &quot;fee&quot;.</source>
        <translation>Typen er &quot;%1&quot;; den skal være &quot;transaction&quot; eller &quot;fee&quot;.</translation>
    </message>
    <message>
        <source>A transaction needs its reference.</source>
        <translation>En transaktion skal have sin reference.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>Referencen er længere end %1 tegn.</translation>
    </message>
    <message>
        <source>The fee is negative; fees are written as positive amounts.</source>
        <translation>Gebyret er negativt; gebyrer skrives som positive beløb.</translation>
    </message>
    <message>
        <source>A transaction&apos;s amount cannot be 0.</source>
        <translation>En transaktions beløb kan ikke være 0.</translation>
    </message>
    <message>
        <source>A transaction needs its amount.</source>
        <translation>En transaktion skal have sit beløb.</translation>
    </message>
    <message>
        <source>A fee row has no amount (leave it empty or 0); write the fee in the fee column.</source>
        <translation>En gebyrlinje har intet beløb (lad det være tomt eller 0); skriv gebyret i gebyrkolonnen.</translation>
    </message>
    <message>
        <source>A fee row needs a fee above 0.</source>
        <translation>En gebyrlinje skal have et gebyr over 0.</translation>
    </message>
    <message>
        <source>The date is missing (write it as yyyy-mm-dd).</source>
        <translation>Datoen mangler (skriv den som yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; er ikke en dato; skriv den som yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Payout %1 is dated %2 on line %3, here %4; all its rows must have the same payout_date.</source>
        <translation>Udbetaling %1 er dateret %2 i linje %3, her %4; alle dens linjer skal have samme payout_date.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 on line %3, here in %4; all its rows must have the same currency.</source>
        <translation>Udbetaling %1 er i %2 i linje %3, her i %4; alle dens linjer skal have samme valuta.</translation>
    </message>
    <message>
        <source>Payout %1 adds up to too large an amount.</source>
        <translation>Udbetaling %1 giver et for stort beløb i alt.</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data); a settlement report is CSV text in UTF-8.</source>
        <translation>Filen er ikke en tekstfil (den indeholder binære data); en afregningsrapport er CSV-tekst i UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the settlement report as CSV in UTF-8.</source>
        <translation>Filen er ikke UTF-8-tekst; gem afregningsrapporten som CSV i UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The header names column &quot;%1&quot; twice.</source>
        <translation>Overskriftslinjen nævner kolonnen &quot;%1&quot; to gange.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>Overskriftslinjen har ingen kolonne &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A settlement report&apos;s header names the columns %1.</source>
        <translation>En afregningsrapports overskriftslinje nævner kolonnerne %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har en overskriftslinje, men ingen rækker.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Rækken har %1 felter; overskriftslinjen har %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… og %n problem mere.</numerusform>
            <numerusform>… og %n problemer mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>linje %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutDialog</name>
    <message>
        <source>Payout %1</source>
        <translation>Udbetaling %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout %1&lt;/b&gt; from %2, paid out %3&lt;br&gt;Gross %4 − fees %5 = &lt;b&gt;net %6&lt;/b&gt;</source>
        <translation>&lt;b&gt;Udbetaling %1&lt;/b&gt; fra %2, udbetalt %3&lt;br&gt;Brutto %4 − gebyrer %5 = &lt;b&gt;netto %6&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) not matched to a payment in Skranke.</source>
        <translation>
            <numerusform>%n transaktion er ikke matchet med en betaling i Skranke.</numerusform>
            <numerusform>%n transaktioner er ikke matchet med en betaling i Skranke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Matchet med</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbagebetaling</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matchet</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Ikke matchet</translation>
    </message>
    <message>
        <source>No order, till receipt or till payment in Skranke has this reference. Use “Match again” on the Payouts page once the payment is here.</source>
        <translation>Ingen ordre, kassebon eller kassebetaling i Skranke har denne reference. Brug “Match igen” på siden Udbetalinger, når betalingen er kommet.</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutImport</name>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Angiv den kortindløser, som afregningsrapporten kommer fra.</translation>
    </message>
    <message>
        <source>The settlement report %1 was not imported:
%2</source>
        <translation>Afregningsrapporten %1 blev ikke importeret:
%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Der er ingen fil %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutListModel</name>
    <message numerus="yes">
        <source>%n transaction(s) of this payout are not matched to a payment in Skranke. Open the payout to see them.</source>
        <translation>
            <numerusform>%n transaktion i denne udbetaling er ikke matchet med en betaling i Skranke. Åbn udbetalingen for at se den.</numerusform>
            <numerusform>%n transaktioner i denne udbetaling er ikke matchet med en betaling i Skranke. Åbn udbetalingen for at se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher has been made for this payout yet.</source>
        <translation>Der er endnu ikke oprettet et bilag for denne udbetaling.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Udbetaling</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Indløser</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ikke matchet</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutStore</name>
    <message>
        <source>There is no payout %1.</source>
        <translation>Der er ingen udbetaling %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Return receipt %1-%2</source>
        <translation>Returbon %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2</source>
        <translation>Bon %1-%2</translation>
    </message>
    <message>
        <source>Till payment %1, debtor %2 %3</source>
        <translation>Kassebetaling %1, debitor %2 %3</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutsPage</name>
    <message>
        <source>&lt;h2&gt;Payouts&lt;/h2&gt;What the card acquirer paid into the bank, newest first: the card payments each payout settles, less the acquirer&apos;s fees. Import the acquirer&apos;s settlement report to add payouts; open one to see its transactions.</source>
        <translation>&lt;h2&gt;Udbetalinger&lt;/h2&gt;Det, som kortindløseren har indbetalt i banken, nyeste først: de kortbetalinger, som hver udbetaling afregner, minus indløserens gebyrer. Importer indløserens afregningsrapport for at tilføje udbetalinger; åbn en udbetaling for at se dens transaktioner.</translation>
    </message>
    <message>
        <source>Payout id, acquirer or transaction reference</source>
        <translation>Udbetalings-id, indløser eller transaktionsreference</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Import settlement report…</source>
        <translation>&amp;Importer afregningsrapport …</translation>
    </message>
    <message>
        <source>&amp;Match again</source>
        <translation>&amp;Match igen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Look again for the payments of the transactions not matched yet</source>
        <translation>Søg igen efter betalingerne for de transaktioner, der endnu ikke er matchet</translation>
    </message>
    <message>
        <source>The card acquirer the settlement report is from</source>
        <translation>Den kortindløser, som afregningsrapporten kommer fra</translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation>&amp;Indløser:</translation>
    </message>
    <message>
        <source>Import settlement report</source>
        <translation>Importer afregningsrapport</translation>
    </message>
    <message>
        <source>Sign in to import settlement reports.</source>
        <translation>Log ind for at importere afregningsrapporter.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payout(s): %1.</source>
        <translation>
            <numerusform>Importerede %n udbetaling: %1.</numerusform>
            <numerusform>Importerede %n udbetalinger: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported before, left as they were: %1.</source>
        <translation>Allerede importeret før, ladt uændret: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) are not matched to a payment in Skranke; they are shown under Unmatched.</source>
        <translation>
            <numerusform>%n transaktion er ikke matchet med en betaling i Skranke; den vises under Ikke matchet.</numerusform>
            <numerusform>%n transaktioner er ikke matchet med en betaling i Skranke; de vises under Ikke matchet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Angiv den kortindløser, som afregningsrapporten kommer fra.</translation>
    </message>
    <message>
        <source>Import settlement report from %1</source>
        <translation>Importer afregningsrapport fra %1</translation>
    </message>
    <message>
        <source>Settlement reports (*.csv *.txt);;All files (*)</source>
        <translation>Afregningsrapporter (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Match igen</translation>
    </message>
    <message>
        <source>Sign in to match payouts.</source>
        <translation>Log ind for at matche udbetalinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) matched to their payment.</source>
        <translation>
            <numerusform>%n transaktion matchet med sin betaling.</numerusform>
            <numerusform>%n transaktioner matchet med deres betaling.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new payments found for the unmatched transactions.</source>
        <translation>Der blev ikke fundet nye betalinger til de ikke matchede transaktioner.</translation>
    </message>
</context>
<context>
    <name>skranke::PostingKind</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Afskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Rykkergebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation fee</source>
        <translation>Kompensationsgebyr</translation>
    </message>
</context>
<context>
    <name>skranke::PostingModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Postering</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalingstype</translation>
    </message>
</context>
<context>
    <name>skranke::PostingsDialog</name>
    <message>
        <source>Postings — %1 %2</source>
        <translation>Posteringer — %1 %2</translation>
    </message>
    <message>
        <source>Show &amp;payment type</source>
        <translation>Vis &amp;betalingstype</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Afskriv …</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Udestående %1 · forudbetaling %2</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Afskriv</translation>
    </message>
    <message>
        <source>Amount to write off:</source>
        <translation>Beløb, der afskrives:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Begrundelse (skal udfyldes):</translation>
    </message>
</context>
<context>
    <name>skranke::PriceRuleDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>New price rule for %1</source>
        <translation>Ny prisregel for %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Sæson:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Ugedage:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;imer:</translation>
    </message>
    <message>
        <source>&amp;Nights:</source>
        <translation>&amp;Nætter:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>&amp;Gæster:</translation>
    </message>
    <message>
        <source>&amp;Price per:</source>
        <translation>&amp;Pris pr.:</translation>
    </message>
    <message>
        <source>Guest &amp;category:</source>
        <translation>Gæste&amp;kategori:</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT (%1):</source>
        <translation>&amp;Beløb inkl. moms (%1):</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>Each night or hour is priced by the matching rule of the highest priority, then the shortest season, then the newest.</source>
        <translation>Hver nat eller time prissættes efter den passende regel med højeste prioritet, dernæst den korteste sæson, dernæst den nyeste.</translation>
    </message>
</context>
<context>
    <name>skranke::PriceRuleModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Per booking</source>
        <translation>Pr. booking</translation>
    </message>
    <message>
        <source>Per night</source>
        <translation>Pr. nat</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pr. time</translation>
    </message>
    <message>
        <source>Per stay</source>
        <translation>Pr. ophold</translation>
    </message>
    <message>
        <source>Per guest</source>
        <translation>Pr. gæst</translation>
    </message>
    <message>
        <source>Per guest and night</source>
        <translation>Pr. gæst og nat</translation>
    </message>
    <message>
        <source>Per guest and hour</source>
        <translation>Pr. gæst og time</translation>
    </message>
    <message>
        <source>Per guest, whole stay</source>
        <translation>Pr. gæst, hele opholdet</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Hele året</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Til %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller flere</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sæson</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Ugedage</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nætter</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Price per</source>
        <translation>Pris pr.</translation>
    </message>
    <message>
        <source>Guest category</source>
        <translation>Gæstekategori</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Beløb inkl. moms</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
</context>
<context>
    <name>skranke::PriceTable</name>
    <message>
        <source>&quot;%1&quot; is not a price basis (unit, stay, guest_unit, guest_stay).</source>
        <translation>&quot;%1&quot; er ikke et prisgrundlag (unit, stay, guest_unit, guest_stay).</translation>
    </message>
</context>
<context>
    <name>skranke::ProductKind</name>
    <message>
        <source>Goods</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Stock goods</source>
        <translation>Lagervarer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Tidsrum</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Overnatning</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Udlejning</translation>
    </message>
    <message>
        <source>Event or course</source>
        <translation>Arrangement eller kursus</translation>
    </message>
    <message>
        <source>Gift/value card</source>
        <translation>Gavekort/værdikort</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product kind.</source>
        <translation>&quot;%1&quot; er ikke en produkttype.</translation>
    </message>
</context>
<context>
    <name>skranke::Quantity</name>
    <message>
        <source>&quot;%1&quot; is not a quantity: %2.</source>
        <translation>&quot;%1&quot; er ikke et antal: %2.</translation>
    </message>
    <message>
        <source>at most three decimals</source>
        <translation>højst tre decimaler</translation>
    </message>
    <message>
        <source>it must be more than 0</source>
        <translation>det skal være over 0</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>det er for stort</translation>
    </message>
</context>
<context>
    <name>skranke::RecallDialog</name>
    <message>
        <source>Recall a parked sale on till %1</source>
        <translation>Hent et parkeret salg på kasse %1</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Parkeret</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>No sales are parked on this till.</source>
        <translation>Der er ingen parkerede salg på denne kasse.</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Hent</translation>
    </message>
    <message>
        <source>&amp;Parked sales, oldest first:</source>
        <translation>&amp;Parkerede salg, ældste først:</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Parkeret af %1</translation>
    </message>
</context>
<context>
    <name>skranke::ReceiptCalculator</name>
    <message>
        <source>Line %1: the quantity cannot be 0.</source>
        <translation>Linje %1: antallet kan ikke være 0.</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Linje %1: prisen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be from 0 to under 100 %.</source>
        <translation>Linje %1: rabatten skal være fra 0 til under 100 %.</translation>
    </message>
</context>
<context>
    <name>skranke::ReceiptDocument</name>
    <message>
        <source>Return %1</source>
        <translation>Returnering %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>CVR-nr. %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Momsnr. %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPI</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Return of receipt</source>
        <translation>Returnering af bon</translation>
    </message>
    <message>
        <source>Discount %1 %</source>
        <translation>Rabat %1 %</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>I ALT</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Kontantafrunding</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Tilbagebetalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>%1 given</source>
        <translation>%1 modtaget</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byttepenge</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Of which VAT %1 % of %2</source>
        <translation>Heraf moms %1 % af %2</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tak for besøget!</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice no. %1</source>
        <translation>Fakturanr. %1</translation>
    </message>
    <message>
        <source>Card no. %1</source>
        <translation>Kortnr. %1</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Afrunding</translation>
    </message>
</context>
<context>
    <name>skranke::RecurringRentals</name>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 er ikke en måned.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderDispatch</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderDocument</name>
    <message>
        <source>Reminder no.</source>
        <translation>Rykkernr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Debtor no.</source>
        <translation>Debitornr.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <source>Reminder %1 (continued)</source>
        <translation>Rykker %1 (fortsat)</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Outstanding invoices</source>
        <translation>Udestående fakturaer</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>I ALT %1</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Betal venligst %1 senest %2</translation>
    </message>
    <message>
        <source>Please state debtor no. %1 and reminder no. %2 with your payment.</source>
        <translation>Angiv venligst debitornr. %1 og rykkernr. %2 ved betaling.</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Rykker %1</translation>
    </message>
    <message>
        <source>There are no reminders to print.</source>
        <translation>Der er ingen rykkere at udskrive.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rykkere</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders</source>
        <translation>Ubetalte gebyrer og renter fra tidligere rykkere</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderProposalModel</name>
    <message>
        <source>Invoice %1, due %2: %3</source>
        <translation>Faktura %1, forfalden %2: %3</translation>
    </message>
    <message>
        <source>, interest %1</source>
        <translation>, renter %1</translation>
    </message>
    <message>
        <source>— (print)</source>
        <translation>— (udskrives)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders: shown on the reminder, not charged again.</source>
        <translation>Ubetalte gebyrer og renter fra tidligere rykkere: vises på rykkeren, opkræves ikke igen.</translation>
    </message>
    <message>
        <source>Earlier charges</source>
        <translation>Tidligere gebyrer</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRun</name>
    <message>
        <source>The reminder number must be 1, 2 or 3.</source>
        <translation>Rykkernummeret skal være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The reminder date is required.</source>
        <translation>Rykkerdatoen skal angives.</translation>
    </message>
    <message>
        <source>The to date is required.</source>
        <translation>Til-datoen skal angives.</translation>
    </message>
    <message>
        <source>The to date cannot be after the reminder date: only invoices already due can be reminded.</source>
        <translation>Til-datoen kan ikke ligge efter rykkerdatoen: kun forfaldne fakturaer kan rykkes.</translation>
    </message>
    <message>
        <source>The respite cannot be negative.</source>
        <translation>Respitten kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A reminder must give at least 10 days to pay.</source>
        <translation>En rykker skal give mindst 10 dage til at betale.</translation>
    </message>
    <message>
        <source>Minimum amounts cannot be negative.</source>
        <translation>Minimumsbeløb kan ikke være negative.</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Der er ingen kasse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reminder %1: %2</source>
        <translation>Rykker %1: %2</translation>
    </message>
    <message>
        <source>A till&apos;s name has at most 40 characters.</source>
        <translation>En kasses navn har højst 40 tegn.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunForm</name>
    <message>
        <source>Charge &amp;compensation to business debtors</source>
        <translation>Opkræv kompensation &amp;hos erhvervsdebitorer</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Rykker %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Per started month</source>
        <translation>Pr. påbegyndt måned</translation>
    </message>
    <message>
        <source>Exact days (actual/365)</source>
        <translation>Eksakte dage (faktiske/365)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <source>At most %1 a reminder under the law.</source>
        <translation>Højst %1 pr. rykker efter loven.</translation>
    </message>
    <message>
        <source>Which invoices</source>
        <translation>Hvilke fakturaer</translation>
    </message>
    <message>
        <source>Reminder &amp;number:</source>
        <translation>Rykker&amp;nummer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Debitor-ID fra:</translation>
    </message>
    <message>
        <source>&amp;Due up to:</source>
        <translation>&amp;Forfaldet til og med:</translation>
    </message>
    <message>
        <source>&amp;Respite (days):</source>
        <translation>&amp;Respit (dage):</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;Kasse:</translation>
    </message>
    <message>
        <source>Reminder and fees</source>
        <translation>Rykker og gebyrer</translation>
    </message>
    <message>
        <source>Reminder &amp;date:</source>
        <translation>Rykker&amp;dato:</translation>
    </message>
    <message>
        <source>Days to &amp;pay:</source>
        <translation>Dage til &amp;betaling:</translation>
    </message>
    <message>
        <source>&amp;Minimum balance:</source>
        <translation>Minimums&amp;saldo:</translation>
    </message>
    <message>
        <source>Reminder &amp;fee:</source>
        <translation>R&amp;ykkergebyr:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>&amp;Rate a month (%):</source>
        <translation>Rentesats &amp;pr. måned (%):</translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation>Beregn&amp;ing:</translation>
    </message>
    <message>
        <source>Minimum &amp;interest:</source>
        <translation>Minim&amp;umsrente:</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Alle kasser</translation>
    </message>
    <message>
        <source>Reference rate: %1 % a year. The law allows it plus %2 points; change it under Settings → Invoicing.</source>
        <translation>Referencerente: %1 % om året. Loven tillader den plus %2 procentpoint; ret den under Indstillinger → Fakturering.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunPage</name>
    <message>
        <source>C&amp;reate reminders</source>
        <translation>&amp;Opret rykkere</translation>
    </message>
    <message>
        <source>Create reminders + send &amp;email…</source>
        <translation>Opret rykkere + send &amp;e-mail …</translation>
    </message>
    <message>
        <source>&amp;Texts…</source>
        <translation>&amp;Tekster …</translation>
    </message>
    <message>
        <source>&amp;Show overview</source>
        <translation>&amp;Vis oversigt</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>&amp;Marker alle</translation>
    </message>
    <message>
        <source>&amp;Unmark all</source>
        <translation>&amp;Afmarker alle</translation>
    </message>
    <message>
        <source>The till the reminders&apos; fees and interest are posted in.</source>
        <translation>Den kasse, rykkernes gebyrer og renter bogføres i.</translation>
    </message>
    <message>
        <source>Skranke reminders</source>
        <translation>Skranke-rykkere</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse …</translation>
    </message>
    <message>
        <source>Folder for reminder PDFs</source>
        <translation>Mappe til rykker-PDF&apos;er</translation>
    </message>
    <message>
        <source>Post in till:</source>
        <translation>Bogfør i kasse:</translation>
    </message>
    <message>
        <source>PDF folder:</source>
        <translation>PDF-mappe:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;Remind debtors of overdue invoices with fees and interest the law allows. Show the overview, mark who gets a reminder, then create them.</source>
        <translation>&lt;h2&gt;Rykkere&lt;/h2&gt;Ryk debitorer for forfaldne fakturaer med de gebyrer og renter, loven tillader. Vis oversigten, marker hvem der skal have en rykker, og opret dem derefter.</translation>
    </message>
    <message>
        <source>No debtor gets a reminder with these parameters.</source>
        <translation>Ingen debitor får en rykker med disse parametre.</translation>
    </message>
    <message>
        <source>Show the overview to see who would get a reminder.</source>
        <translation>Vis oversigten for at se, hvem der ville få en rykker.</translation>
    </message>
    <message>
        <source>%1 of %2 debtors marked, %3 in all.</source>
        <translation>%1 af %2 debitorer markeret, %3 i alt.</translation>
    </message>
    <message>
        <source>Email is not set up yet: enter the mail server under Settings → Email.</source>
        <translation>E-mail er ikke sat op endnu: angiv mailserveren under Indstillinger → E-mail.</translation>
    </message>
    <message>
        <source>Show the overview and mark the debtors to remind first.</source>
        <translation>Vis først oversigten, og marker de debitorer, der skal rykkes.</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot; for the PDFs.</source>
        <translation>Kan ikke oprette mappen &quot;%1&quot; til PDF&apos;erne.</translation>
    </message>
    <message>
        <source>No reminders were created: none of the marked debtors is due one any more.</source>
        <translation>Der blev ikke oprettet nogen rykkere: ingen af de markerede debitorer skal længere have en.</translation>
    </message>
    <message>
        <source>Created %1 reminders, numbers %2–%3.</source>
        <translation>Oprettede %1 rykkere, numre %2–%3.</translation>
    </message>
    <message>
        <source>PDFs are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;open all in one PDF to print&lt;/a&gt;.</source>
        <translation>PDF&apos;erne ligger i &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;åbn dem alle i én PDF til udskrivning&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Sendt pr. e-mail: %1.</translation>
    </message>
    <message>
        <source>%1 emails could not be sent; they are kept in the outbox and can be sent again from the outbox under Settings → Email.</source>
        <translation>%1 e-mails kunne ikke sendes; de ligger i udbakken og kan sendes igen derfra under Indstillinger → E-mail.</translation>
    </message>
    <message>
        <source>%1 debtors have no email address: print their reminders.</source>
        <translation>%1 debitorer har ingen e-mailadresse: udskriv deres rykkere.</translation>
    </message>
    <message>
        <source>Sending reminders by email…</source>
        <translation>Sender rykkere pr. e-mail …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderStore</name>
    <message>
        <source>There is no reminder %1.</source>
        <translation>Der er ingen rykker %1.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTemplate</name>
    <message>
        <source>A &quot;{&quot; is not closed with &quot;}&quot;.</source>
        <translation>En &quot;{&quot; er ikke lukket med &quot;}&quot;.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it; write &quot;}}&quot; for a brace.</source>
        <translation>En &quot;}&quot; har ingen &quot;{&quot; foran sig; skriv &quot;}}&quot; for en krøllet parentes.</translation>
    </message>
    <message>
        <source>the debtor&apos;s name</source>
        <translation>debitorens navn</translation>
    </message>
    <message>
        <source>the debtor&apos;s number</source>
        <translation>debitorens nummer</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>din virksomheds navn</translation>
    </message>
    <message>
        <source>the reminder&apos;s number</source>
        <translation>rykkerens nummer</translation>
    </message>
    <message>
        <source>the reminder&apos;s date</source>
        <translation>rykkerens dato</translation>
    </message>
    <message>
        <source>the reminder level: 1, 2 or 3</source>
        <translation>rykkerniveauet: 1, 2 eller 3</translation>
    </message>
    <message>
        <source>the numbers of the invoices reminded</source>
        <translation>numrene på de fakturaer, der rykkes for</translation>
    </message>
    <message>
        <source>what the invoices still owe</source>
        <translation>det, der stadig står åbent på fakturaerne</translation>
    </message>
    <message>
        <source>the reminder fee</source>
        <translation>rykkergebyret</translation>
    </message>
    <message>
        <source>the compensation fee</source>
        <translation>kompensationsgebyret</translation>
    </message>
    <message>
        <source>the interest</source>
        <translation>renterne</translation>
    </message>
    <message>
        <source>the interest rate in percent a month</source>
        <translation>rentesatsen i procent pr. måned</translation>
    </message>
    <message>
        <source>everything to pay</source>
        <translation>det samlede beløb, der skal betales</translation>
    </message>
    <message>
        <source>the date to pay by</source>
        <translation>betalingsfristen</translation>
    </message>
    <message>
        <source>There is no placeholder {%1}. Known: %2.</source>
        <translation>Der er ingen pladsholder {%1}. Kendte: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextStore</name>
    <message>
        <source>The reminder number must be 1, 2 or 3.</source>
        <translation>Rykkernummeret skal være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Sproget skal være da, nb, sv eller en, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The heading is required.</source>
        <translation>Overskriften skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextsDialog</name>
    <message>
        <source>Reminder texts</source>
        <translation>Rykkertekster</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Rykker %1</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>&amp;Fee line:</source>
        <translation>G&amp;ebyrlinje:</translation>
    </message>
    <message>
        <source>&amp;Compensation line:</source>
        <translation>&amp;Kompensationslinje:</translation>
    </message>
    <message>
        <source>&amp;Interest line:</source>
        <translation>&amp;Rentelinje:</translation>
    </message>
    <message>
        <source>Email &amp;subject:</source>
        <translation>E-mail-e&amp;mne:</translation>
    </message>
    <message>
        <source>Email &amp;text:</source>
        <translation>E-mail-&amp;tekst:</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>&amp;Standardtekst</translation>
    </message>
    <message>
        <source>Save the changed texts first?</source>
        <translation>Vil du gemme de ændrede tekster først?</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Standardtekst</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Din egen tekst</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>skranke::ResolvePendingDialog</name>
    <message>
        <source>Resolve by hand</source>
        <translation>Afgør manuelt</translation>
    </message>
    <message>
        <source>%1 got no answer from the gateway. Look the payment up in the gateway&apos;s own portal and record here what it shows. This is kept with your name.</source>
        <translation>%1 fik intet svar fra gatewayen. Slå betalingen op i gatewayens egen portal, og registrér her, hvad den viser. Det gemmes med dit navn.</translation>
    </message>
    <message>
        <source>The gateway did it</source>
        <translation>Gatewayen gjorde det</translation>
    </message>
    <message>
        <source>The gateway did not do it</source>
        <translation>Gatewayen gjorde det ikke</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it, if it shows one</source>
        <translation>Gatewayens id for det, hvis den viser et</translation>
    </message>
    <message>
        <source>e.g. checked in the Nets portal</source>
        <translation>f.eks. tjekket i Nets-portalen</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Hvad skete der:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>&amp;How you know:</source>
        <translation>H&amp;vordan du ved det:</translation>
    </message>
</context>
<context>
    <name>skranke::RestTarget</name>
    <message>
        <source>The accounting program is not set up: enter the address of its voucher API.</source>
        <translation>Regnskabsprogrammet er ikke sat op: angiv adressen på dets bilags-API.</translation>
    </message>
    <message>
        <source>The accounting program&apos;s address &quot;%1&quot; is not an http or https address.</source>
        <translation>Regnskabsprogrammets adresse &quot;%1&quot; er ikke en http- eller https-adresse.</translation>
    </message>
    <message>
        <source>The accounting program is not set up: enter its API key.</source>
        <translation>Regnskabsprogrammet er ikke sat op: angiv dets API-nøgle.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character.</source>
        <translation>API-nøglen indeholder et linjeskift eller et andet kontroltegn.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to %1 seconds.</source>
        <translation>Ventetiden skal være fra 1 til %1 sekunder.</translation>
    </message>
    <message>
        <source>the voucher has no idempotency key</source>
        <translation>bilaget har ingen idempotensnøgle</translation>
    </message>
    <message>
        <source>could not start an HTTP connection</source>
        <translation>kunne ikke starte en HTTP-forbindelse</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the accounting program within %n second(s) (%1)</source>
        <translation>
            <numerusform>intet svar fra regnskabsprogrammet inden for %n sekund (%1)</numerusform>
            <numerusform>intet svar fra regnskabsprogrammet inden for %n sekunder (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not connect to the accounting program (%1)</source>
        <translation>kunne ikke oprette forbindelse til regnskabsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the connection to the accounting program broke before it answered (%1)</source>
        <translation>forbindelsen til regnskabsprogrammet blev afbrudt, før det svarede (%1)</translation>
    </message>
    <message>
        <source>could not talk to the accounting program (%1)</source>
        <translation>kunne ikke kommunikere med regnskabsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the accounting program is still busy with this voucher (%1); it is sent again later</source>
        <translation>regnskabsprogrammet er stadig i gang med dette bilag (%1); det sendes igen senere</translation>
    </message>
    <message>
        <source>the accounting program answered HTTP %1 without the voucher&apos;s id; it is asked again later</source>
        <translation>regnskabsprogrammet svarede HTTP %1 uden bilagets id; det spørges igen senere</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1)</source>
        <translation>regnskabsprogrammets kvote er brugt op (%1)</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1); it asks to wait (Retry-After: %2)</source>
        <translation>regnskabsprogrammets kvote er brugt op (%1); det beder om at vente (Retry-After: %2)</translation>
    </message>
    <message>
        <source>there is no voucher API at %1 (%2): check the address</source>
        <translation>der er intet bilags-API på %1 (%2): kontrollér adressen</translation>
    </message>
    <message>
        <source>the accounting program could not take the voucher (%1)</source>
        <translation>regnskabsprogrammet kunne ikke modtage bilaget (%1)</translation>
    </message>
    <message>
        <source>the accounting program refused the API key (%1): check the key in Settings → Accounting</source>
        <translation>regnskabsprogrammet afviste API-nøglen (%1): kontrollér nøglen under Indstillinger → Bogføring</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnDialog</name>
    <message>
        <source>Return on till %1</source>
        <translation>Returnering på kasse %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Kan returneres</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Returner nu</translation>
    </message>
    <message>
        <source>card terminal reference</source>
        <translation>reference fra kortterminalen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Bonnummer:</translation>
    </message>
    <message>
        <source>Pay &amp;back by:</source>
        <translation>&amp;Tilbagebetal med:</translation>
    </message>
    <message>
        <source>Card reference:</source>
        <translation>Kortreference:</translation>
    </message>
    <message>
        <source>To pay back:</source>
        <translation>Til tilbagebetaling:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Returner</translation>
    </message>
    <message>
        <source>Find the receipt first.</source>
        <translation>Find bonen først.</translation>
    </message>
    <message>
        <source>Say how much of which line comes back.</source>
        <translation>Angiv, hvor meget af hvilken linje der kommer retur.</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnService</name>
    <message>
        <source>Receipt %1 is itself a return and cannot be returned.</source>
        <translation>Bon %1 er selv en returnering og kan ikke returneres.</translation>
    </message>
    <message>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Alt på bon %1 er allerede returneret.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Bon %1 har ingen linje %2.</translation>
    </message>
    <message>
        <source>Line %1 is listed more than once.</source>
        <translation>Linje %1 er angivet mere end én gang.</translation>
    </message>
    <message>
        <source>Line %1: the quantity to return must be more than 0.</source>
        <translation>Linje %1: antallet, der returneres, skal være over 0.</translation>
    </message>
    <message>
        <source>Line %1 has already been returned in full.</source>
        <translation>Linje %1 er allerede returneret fuldt ud.</translation>
    </message>
    <message>
        <source>Line %1: only %2 can still be returned, not %3.</source>
        <translation>Linje %1: kun %2 kan stadig returneres, ikke %3.</translation>
    </message>
    <message>
        <source>Pay back exactly %1 in cash; a refund gives no change.</source>
        <translation>Tilbagebetal præcis %1 kontant; en tilbagebetaling giver ingen byttepenge.</translation>
    </message>
</context>
<context>
    <name>skranke::Role</name>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Reception</translation>
    </message>
</context>
<context>
    <name>skranke::RollSlip</name>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::RowDialog</name>
    <message>
        <source>&amp;Manual price incl. VAT</source>
        <translation>&amp;Manuel pris inkl. moms</translation>
    </message>
    <message>
        <source>Allow &amp;overbooking</source>
        <translation>Tillad &amp;overbooking</translation>
    </message>
    <message>
        <source>Repeats &amp;monthly (long-term rental)</source>
        <translation>Gentages &amp;hver måned (langtidsleje)</translation>
    </message>
    <message>
        <source>Booking row %1</source>
        <translation>Bookinglinje %1</translation>
    </message>
    <message>
        <source>New booking row</source>
        <translation>Ny bookinglinje</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Needs the right to overbook.</source>
        <translation>Kræver rettigheden til at overbooke.</translation>
    </message>
    <message>
        <source>The product&apos;s name</source>
        <translation>Produktets navn</translation>
    </message>
    <message>
        <source>Show &amp;available…</source>
        <translation>Vis &amp;ledige …</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>A&amp;rrival:</source>
        <translation>&amp;Ankomst:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>Af&amp;rejse:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntal:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gæster:</translation>
    </message>
    <message>
        <source>Price from table:</source>
        <translation>Pris fra pristabel:</translation>
    </message>
    <message>
        <source>&amp;Invoice text:</source>
        <translation>&amp;Fakturatekst:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Part &amp;of:</source>
        <translation>&amp;Del af:</translation>
    </message>
    <message>
        <source>(first free unit)</source>
        <translation>(første ledige enhed)</translation>
    </message>
    <message>
        <source>No price in the table matches: enter a manual price.</source>
        <translation>Ingen pris i tabellen passer: angiv en manuel pris.</translation>
    </message>
    <message>
        <source>%1 of %2 free in this period</source>
        <translation>%1 af %2 ledige i denne periode</translation>
    </message>
    <message>
        <source>Available products</source>
        <translation>Ledige produkter</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — %2 ledige</translation>
    </message>
    <message>
        <source>Nothing is free for this period and quantity.</source>
        <translation>Intet er ledigt i denne periode med dette antal.</translation>
    </message>
    <message>
        <source>Free for the row&apos;s period and quantity:</source>
        <translation>Ledigt i linjens periode med linjens antal:</translation>
    </message>
</context>
<context>
    <name>skranke::RowStatus</name>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endelig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Long-term rental</source>
        <translation>Langtidsleje</translation>
    </message>
    <message>
        <source>Self-booking</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking status (reservation, final, cancelled, waitlist, long_term, self_booking).</source>
        <translation>&quot;%1&quot; er ikke en bookingstatus (reservation, final, cancelled, waitlist, long_term, self_booking).</translation>
    </message>
</context>
<context>
    <name>skranke::SaftExport</name>
    <message>
        <source>Voucher %1 has no lines.</source>
        <translation>Bilag %1 har ingen linjer.</translation>
    </message>
    <message>
        <source>Voucher %1 is in %2, not in the company&apos;s currency %3.</source>
        <translation>Bilag %1 er i %2, ikke i virksomhedens valuta %3.</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Hovedbog</translation>
    </message>
    <message>
        <source>The vouchers read for the SAF-T file do not add up to their totals.</source>
        <translation>De bilag, der er læst til SAF-T-filen, stemmer ikke med deres totaler.</translation>
    </message>
    <message>
        <source>The SAF-T file could not be written.</source>
        <translation>SAF-T-filen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Output VAT %1 %</source>
        <translation>Salgsmoms %1 %</translation>
    </message>
</context>
<context>
    <name>skranke::SaleParts</name>
    <message>
        <source>Line %1: only a value card takes a card number.</source>
        <translation>Linje %1: kun et værdikort kan have et kortnummer.</translation>
    </message>
    <message>
        <source>Line %1: sell one value card per line.</source>
        <translation>Linje %1: sælg ét værdikort pr. linje.</translation>
    </message>
    <message>
        <source>Line %1: enter the amount to put on the value card.</source>
        <translation>Linje %1: angiv det beløb, der skal sættes på værdikortet.</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Angiv værdikortets nummer.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura dækker hele salget; brug ikke andre betalingsmidler sammen med den.</translation>
    </message>
    <message>
        <source>Choose the debtor to invoice first.</source>
        <translation>Vælg først den debitor, der skal faktureres.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale, %1, not %2.</source>
        <translation>En faktura dækker hele salget, %1, ikke %2.</translation>
    </message>
    <message>
        <source>A return is not paid back on an invoice; credit the invoice instead.</source>
        <translation>En returnering tilbagebetales ikke på en faktura; krediter fakturaen i stedet.</translation>
    </message>
    <message>
        <source>Receipt %1 was put on invoice %2; credit the invoice instead.</source>
        <translation>Bon %1 blev sat på faktura %2; krediter fakturaen i stedet.</translation>
    </message>
    <message>
        <source>Value card %1 has been spent (%2 left of %3); it cannot be returned.</source>
        <translation>Værdikort %1 er brugt (%2 tilbage af %3); det kan ikke returneres.</translation>
    </message>
</context>
<context>
    <name>skranke::SaleService</name>
    <message>
        <source>No product has the EAN, number or ID &quot;%1&quot;.</source>
        <translation>Ingen vare har EAN, nummer eller ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>Et salg skal have mindst én linje.</translation>
    </message>
    <message>
        <source>A sale cannot come to less than 0; use a return.</source>
        <translation>Et salg kan ikke komme under 0; brug en returnering.</translation>
    </message>
    <message>
        <source>Till %1 has no receipt %2.</source>
        <translation>Kasse %1 har ingen bon %2.</translation>
    </message>
</context>
<context>
    <name>skranke::SchedulePage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Forrige periode (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Næste periode (Alt+Højre)</translation>
    </message>
    <message>
        <source>The first date shown</source>
        <translation>Den første viste dato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>How much time the schedule shows</source>
        <translation>Hvor lang en periode oversigten viser</translation>
    </message>
    <message>
        <source>Show only the units of a category</source>
        <translation>Vis kun enhederne i én kategori</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Overbooket</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Cancel booking… (A)</source>
        <translation>Annuller booking … (A)</translation>
    </message>
    <message>
        <source>Cancel the selected booking row, with a reason</source>
        <translation>Annuller den valgte bookinglinje med en årsag</translation>
    </message>
    <message>
        <source>Drag over free cells to book; drag a booking to move it, its ends to change its period. Enter opens; Ctrl+arrows move the selected booking; A cancels it.</source>
        <translation>Træk hen over ledige felter for at booke; træk en booking for at flytte den, eller træk i dens ender for at ændre perioden. Enter åbner; Ctrl+piletaster flytter den valgte booking; A annullerer den.</translation>
    </message>
</context>
<context>
    <name>skranke::ScheduleView</name>
    <message>
        <source>Sign in to change bookings.</source>
        <translation>Log ind for at ændre bookinger.</translation>
    </message>
    <message>
        <source>%1

Move the booking anyway and overbook?</source>
        <translation>%1

Flyt bookingen alligevel og overbook?</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>Overbooke?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Belægning</translation>
    </message>
    <message>
        <source>%1: a unit of %2 (%3)</source>
        <translation>%1: en enhed af %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 free on %3</source>
        <translation>%1 af %2 ledige den %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n nat)</numerusform>
            <numerusform>%1 – %2 (%n nætter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen kunde endnu</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Enhed: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Antal: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Overbooket</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afregnet</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: ledig</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>There is nothing to book yet: bookable products get units in the catalog.</source>
        <translation>Der er intet at booke endnu: bookbare produkter får enheder i kataloget.</translation>
    </message>
    <message>
        <source>The category %1 has no units.</source>
        <translation>Kategorien %1 har ingen enheder.</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
</context>
<context>
    <name>skranke::Session</name>
    <message>
        <source>%1 may not %2 (right &quot;%3&quot; is missing).</source>
        <translation>%1 må ikke %2 (rettigheden &quot;%3&quot; mangler).</translation>
    </message>
</context>
<context>
    <name>skranke::SettingsPage</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Virksomhed</translation>
    </message>
    <message>
        <source>Staff &amp;users</source>
        <translation>&amp;Medarbejdere</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>&amp;Bookable products</source>
        <translation>&amp;Bookbare produkter</translation>
    </message>
    <message>
        <source>&amp;Online orders</source>
        <translation>&amp;Webordrer</translation>
    </message>
    <message>
        <source>&amp;Accounting</source>
        <translation>&amp;Bogføring</translation>
    </message>
</context>
<context>
    <name>skranke::Settlement</name>
    <message>
        <source>Cannot settle %1: more than is open.</source>
        <translation>Kan ikke udligne %1: mere end det åbne.</translation>
    </message>
    <message>
        <source>There is no settlement %1 to undo.</source>
        <translation>Der er ingen udligning %1 at fortryde.</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementCandidateModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <source>Payments not settled</source>
        <translation>Ikke udlignede betalinger</translation>
    </message>
    <message>
        <source>Can be settled</source>
        <translation>Kan udlignes</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementPage</name>
    <message>
        <source>Only &amp;balance 0</source>
        <translation>Kun &amp;saldo 0</translation>
    </message>
    <message>
        <source>Only &amp;equal amounts</source>
        <translation>Kun &amp;ens beløb</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Settle selected</source>
        <translation>&amp;Udlign valgte</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Debitor-ID fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settlement&lt;/h2&gt;Debtors whose payments and credit notes can settle their invoices, oldest first.</source>
        <translation>&lt;h2&gt;Udligning&lt;/h2&gt;Debitorer, hvis betalinger og kreditnotaer kan udligne deres fakturaer, ældste først.</translation>
    </message>
    <message>
        <source>Mark the debtors to settle first.</source>
        <translation>Marker først de debitorer, der skal udlignes.</translation>
    </message>
    <message>
        <source>Settled %1 for %2 debtors in %3 settlements.</source>
        <translation>Udlignede %1 for %2 debitorer i %3 udligninger.</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementService</name>
    <message>
        <source>Posting %1 is not a payment or credit.</source>
        <translation>Postering %1 er ikke en betaling eller kreditering.</translation>
    </message>
    <message>
        <source>Invoice %1 is not on the same debtor as the payment.</source>
        <translation>Faktura %1 er ikke på samme debitor som betalingen.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløbet skal være over 0.</translation>
    </message>
    <message>
        <source>At most %1 can be settled: the invoice has %2 open and the payment %3.</source>
        <translation>Højst %1 kan udlignes: fakturaen har %2 åbent og betalingen %3.</translation>
    </message>
</context>
<context>
    <name>skranke::Sie4Reader</name>
    <message>
        <source>%1 has too few fields.</source>
        <translation>%1 har for få felter.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 20260131.</source>
        <translation>“%1” er ikke en dato som 20260131.</translation>
    </message>
    <message>
        <source>SIE file, line %1: %2</source>
        <translation>SIE-fil, linje %1: %2</translation>
    </message>
    <message>
        <source>The SIE file&apos;s currency “%1” is unknown.</source>
        <translation>SIE-filens valuta “%1” er ukendt.</translation>
    </message>
    <message>
        <source>#VER is not followed by “{”.</source>
        <translation>#VER følges ikke af “{”.</translation>
    </message>
    <message>
        <source>“{” without #VER.</source>
        <translation>“{” uden #VER.</translation>
    </message>
    <message>
        <source>“}” without “{”.</source>
        <translation>“}” uden “{”.</translation>
    </message>
    <message>
        <source>%1 inside a voucher.</source>
        <translation>%1 inde i et bilag.</translation>
    </message>
    <message>
        <source>“%1” is not an account type (T, S, K or I).</source>
        <translation>“%1” er ikke en kontotype (T, S, K eller I).</translation>
    </message>
    <message>
        <source>#TRANS outside a voucher.</source>
        <translation>#TRANS uden for et bilag.</translation>
    </message>
    <message>
        <source>#TRANS lacks its object list “{}”.</source>
        <translation>#TRANS mangler sin objektliste “{}”.</translation>
    </message>
    <message>
        <source>The SIE file ends inside voucher %1.</source>
        <translation>SIE-filen slutter inde i bilag %1.</translation>
    </message>
</context>
<context>
    <name>skranke::SmtpSender</name>
    <message>
        <source>Could not start the mail connection.</source>
        <translation>Kunne ikke starte mailforbindelsen.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2 (answered &quot;%3&quot;).</source>
        <translation>Mailserveren %1 afviste beskeden: %2 (svarede &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Could not send the email through %1: %2.</source>
        <translation>Kunne ikke sende e-mailen via %1: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::StaffUserModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Spærret</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>skranke::Startup</name>
    <message>
        <source>Skranke: point of sale and bookings.</source>
        <translation>Skranke: kasse og booking.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasefilen (standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Sprog: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPROG</translation>
    </message>
    <message>
        <source>Skranke cannot start</source>
        <translation>Skranke kan ikke starte</translation>
    </message>
</context>
<context>
    <name>skranke::SupplierReportDocument</name>
    <message>
        <source>There is no supplier %1.</source>
        <translation>Der er ingen leverandør %1.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from the supplier %2 that are not cancelled.</source>
        <translation>Booking %1 har ingen linjer fra leverandøren %2, som ikke er annulleret.</translation>
    </message>
    <message>
        <source>Supplier report, booking %1</source>
        <translation>Leverandørrapport, booking %1</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>Supplier report, booking %1 (continued)</source>
        <translation>Leverandørrapport, booking %1 (fortsat)</translation>
    </message>
    <message>
        <source>Booking ID</source>
        <translation>Booking-ID</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booket af</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen kunde endnu</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Afrejse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>Kundens kommentar</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (continued)</source>
        <translation>Kundens kommentar (fortsat)</translation>
    </message>
    <message>
        <source>Cancellation, booking %1</source>
        <translation>Annullering, booking %1</translation>
    </message>
    <message>
        <source>Cancelled %1; still booked: %2.</source>
        <translation>Annulleret %1; stadig booket: %2.</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>Annulleret %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsag: %1</translation>
    </message>
    <message>
        <source>Cancellation, booking %1 (continued)</source>
        <translation>Annullering, booking %1 (fortsat)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annullering</translation>
    </message>
    <message>
        <source>Booking %1 has no cancelled rows from the supplier %2 to report.</source>
        <translation>Booking %1 har ingen annullerede linjer fra leverandøren %2 at rapportere.</translation>
    </message>
</context>
<context>
    <name>skranke::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Cash (Enter)</source>
        <translation>Kontant (Enter)</translation>
    </message>
    <message>
        <source>Card (F2)</source>
        <translation>Kort (F2)</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>At betale:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Kontant: %1</translation>
    </message>
    <message>
        <source>Paid so far: %1 · in cash: %2</source>
        <translation>Betalt indtil nu: %1 · kontant: %2</translation>
    </message>
    <message>
        <source>Cash pays the rest: at least %1.</source>
        <translation>Kontant betaler resten: mindst %1.</translation>
    </message>
    <message>
        <source>A card pays at most what is left: %1.</source>
        <translation>Et kort betaler højst det resterende: %1.</translation>
    </message>
    <message>
        <source>card terminal reference or value card number</source>
        <translation>reference fra kortterminalen eller værdikortnummer</translation>
    </message>
    <message>
        <source>Value card (F3)</source>
        <translation>Værdikort (F3)</translation>
    </message>
    <message>
        <source>On invoice (F4)</source>
        <translation>På faktura (F4)</translation>
    </message>
    <message>
        <source>On invoice to %1 (F4)</source>
        <translation>På faktura til %1 (F4)</translation>
    </message>
    <message>
        <source>Attach a debtor to the sale first (Customer…).</source>
        <translation>Knyt først en debitor til salget (Kunde …).</translation>
    </message>
    <message>
        <source>&amp;Reference / card no.:</source>
        <translation>&amp;Reference / kortnr.:</translation>
    </message>
    <message>
        <source>Scan or type the value card&apos;s number in the reference field.</source>
        <translation>Scan eller skriv værdikortets nummer i referencefeltet.</translation>
    </message>
    <message>
        <source>The value card is empty.</source>
        <translation>Værdikortet er tomt.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura dækker hele salget; brug ikke andre betalingsmidler sammen med den.</translation>
    </message>
</context>
<context>
    <name>skranke::TenderKind</name>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Værdikort</translation>
    </message>
    <message>
        <source>On invoice</source>
        <translation>På faktura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tender (cash, card).</source>
        <translation>&quot;%1&quot; er ikke en betalingsform (cash, card).</translation>
    </message>
</context>
<context>
    <name>skranke::TenderPlan</name>
    <message>
        <source>A tender must be in %1.</source>
        <translation>En betaling skal være i %1.</translation>
    </message>
    <message>
        <source>A tender&apos;s amount must be more than 0.</source>
        <translation>En betalings beløb skal være over 0.</translation>
    </message>
    <message>
        <source>The tenders other than cash come to %1, more than the total %2.</source>
        <translation>Betalingerne ud over kontant er %1, mere end totalen %2.</translation>
    </message>
    <message>
        <source>%1 is still to pay.</source>
        <translation>Der mangler stadig %1.</translation>
    </message>
    <message>
        <source>The cash given, %1, is less than the %2 to pay in cash.</source>
        <translation>De modtagne kontanter, %1, er mindre end de %2, der skal betales kontant.</translation>
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation>Der er intet tilbage at betale kontant.</translation>
    </message>
</context>
<context>
    <name>skranke::TestTarget</name>
    <message>
        <source>the test accounting program needs an idempotency key</source>
        <translation>testregnskabsprogrammet kræver en idempotensnøgle</translation>
    </message>
    <message>
        <source>the test accounting program booked key %1 as voucher %2 already; voucher %3 came with the same key</source>
        <translation>testregnskabsprogrammet har allerede bogført nøgle %1 som bilag %2; bilag %3 kom med samme nøgle</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: its lines do not balance</source>
        <translation>testregnskabsprogrammet afviste bilag %1: dets linjer balancerer ikke</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: a line has no account</source>
        <translation>testregnskabsprogrammet afviste bilag %1: en linje har ingen konto</translation>
    </message>
</context>
<context>
    <name>skranke::TillButtons</name>
    <message>
        <source>There is no product category %1.</source>
        <translation>Der er ingen varegruppe %1.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is listed twice.</source>
        <translation>Varegruppen »%1« står der to gange.</translation>
    </message>
    <message>
        <source>List every product category once.</source>
        <translation>Angiv hver varegruppe én gang.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPage</name>
    <message>
        <source>&amp;Open shift…</source>
        <translation>Åbn &amp;vagt …</translation>
    </message>
    <message>
        <source>Cash &amp;in/out…</source>
        <translation>Kontant &amp;ind/ud …</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Returnering …</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>&amp;X-rapport</translation>
    </message>
    <message>
        <source>&amp;Void line (Del)</source>
        <translation>&amp;Slet linje (Del)</translation>
    </message>
    <message>
        <source>&amp;Pay (Enter)</source>
        <translation>&amp;Betal (Enter)</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>Kasse:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No till is set up yet (skranke-cli till create).</source>
        <translation>Der er endnu ikke oprettet nogen kasse (skranke-cli till create).</translation>
    </message>
    <message>
        <source>Shift open since %1 · float %2</source>
        <translation>Vagt åben siden %1 · byttepenge %2</translation>
    </message>
    <message>
        <source>No open shift: open one with the counted float.</source>
        <translation>Ingen åben vagt: åbn en med de optalte byttepenge.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>I alt %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Moms %1 %: %2</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Took off: %1</source>
        <translation>Fjernede: %1</translation>
    </message>
    <message>
        <source>Receipt %1 · paid %2</source>
        <translation>Bon %1 · betalt %2</translation>
    </message>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Bon %1 · byttepenge %2</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Vagten er åbnet.</translation>
    </message>
    <message>
        <source>Z report %1: sales %2, expected cash %3, counted %4, difference %5.</source>
        <translation>Z-rapport %1: salg %2, forventet kontant %3, optalt %4, difference %5.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Åbn vagt</translation>
    </message>
    <message>
        <source>Counted float in the drawer:</source>
        <translation>Optalte byttepenge i skuffen:</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Kontant ind eller ud</translation>
    </message>
    <message>
        <source>Amount (negative takes cash out):</source>
        <translation>Beløb (negativt tager kontanter ud):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Cash moved: %1</source>
        <translation>Kontanter flyttet: %1</translation>
    </message>
    <message>
        <source>Return receipt %1 · paid back %2</source>
        <translation>Returbon %1 · tilbagebetalt %2</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Salg: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returneringer: %1, %2</translation>
    </message>
    <message>
        <source>Expected cash in the drawer: %1</source>
        <translation>Forventede kontanter i skuffen: %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-rapport</translation>
    </message>
    <message>
        <source>Counted cash in the drawer:</source>
        <translation>Optalte kontanter i skuffen:</translation>
    </message>
    <message>
        <source>Print each receipt</source>
        <translation>Udskriv hver bon</translation>
    </message>
    <message>
        <source>Scan or type an EAN or item number · 3* sells three · Enter pays</source>
        <translation>Scan eller skriv en EAN eller et varenummer · 3* sælger tre · Enter betaler</translation>
    </message>
    <message>
        <source>C&amp;ustomer… (F5)</source>
        <translation>&amp;Kunde … (F5)</translation>
    </message>
    <message>
        <source>&amp;Z report and close the shift…</source>
        <translation>&amp;Z-rapport og luk vagten …</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vagt</translation>
    </message>
    <message>
        <source>&amp;Debtor payment… (F8)</source>
        <translation>&amp;Debitorbetaling … (F8)</translation>
    </message>
    <message>
        <source>Valu&amp;e card… (F10)</source>
        <translation>Værd&amp;ikort … (F10)</translation>
    </message>
    <message>
        <source>Dra&amp;wer (F9)</source>
        <translation>Skuf&amp;fe (F9)</translation>
    </message>
    <message>
        <source>&amp;Copy… (F11)</source>
        <translation>K&amp;opi … (F11)</translation>
    </message>
    <message>
        <source>Pri&amp;nt last (F12)</source>
        <translation>&amp;Udskriv sidste (F12)</translation>
    </message>
    <message>
        <source>P&amp;ark (F6)</source>
        <translation>&amp;Parkér (F6)</translation>
    </message>
    <message>
        <source>Reca&amp;ll… (F7)</source>
        <translation>&amp;Hent parkeret … (F7)</translation>
    </message>
    <message>
        <source>Receipt %1 · invoice %2 to %3, %4</source>
        <translation>Bon %1 · faktura %2 til %3, %4</translation>
    </message>
    <message>
        <source>Debtor payments: %1</source>
        <translation>Debitorbetalinger: %1</translation>
    </message>
    <message>
        <source>Value cards sold: %1</source>
        <translation>Solgte værdikort: %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Værdikort</translation>
    </message>
    <message>
        <source>Amount to put on the card:</source>
        <translation>Beløb, der skal sættes på kortet:</translation>
    </message>
    <message>
        <source>Scan the card&apos;s number, or leave it empty for a new number printed on the receipt:</source>
        <translation>Scan kortets nummer, eller lad feltet stå tomt for at få et nyt nummer trykt på bonen:</translation>
    </message>
    <message>
        <source>No receipt has been rung up here yet; F11 prints a copy of any.</source>
        <translation>Der er endnu ikke slået nogen bon ind her; F11 udskriver en kopi af enhver bon.</translation>
    </message>
    <message>
        <source>No customer (F5 attaches one)</source>
        <translation>Ingen kunde (F5 tilknytter en)</translation>
    </message>
    <message>
        <source>Customer: %1 (debtor %2)</source>
        <translation>Kunde: %1 (debitor %2)</translation>
    </message>
    <message>
        <source>Customer for this sale</source>
        <translation>Kunde til dette salg</translation>
    </message>
    <message>
        <source>Sale parked. F7 recalls it.</source>
        <translation>Salget er parkeret. F7 henter det.</translation>
    </message>
    <message>
        <source>The cart is empty; there is nothing to park.</source>
        <translation>Kurven er tom; der er intet at parkere.</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Parkér salg</translation>
    </message>
    <message>
        <source>A note to find it again (optional):</source>
        <translation>En note, så det kan findes igen (valgfri):</translation>
    </message>
    <message>
        <source>Finish or park the sale in the cart first.</source>
        <translation>Afslut eller parkér først salget i kurven.</translation>
    </message>
    <message>
        <source>Parked sale recalled.</source>
        <translation>Parkeret salg hentet.</translation>
    </message>
    <message>
        <source>Debtor payment: who pays?</source>
        <translation>Debitorbetaling: hvem betaler?</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken.</source>
        <translation>Betaling på %1 fra %2 modtaget.</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken; %3 stands on the debtor.</source>
        <translation>Betaling på %1 fra %2 modtaget; %3 står på debitoren.</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Åbn skuffe</translation>
    </message>
    <message>
        <source>Why is the drawer opened without a sale?</source>
        <translation>Hvorfor åbnes skuffen uden et salg?</translation>
    </message>
    <message>
        <source>Drawer opened.</source>
        <translation>Skuffen er åbnet.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Copy receipt</source>
        <translation>Kopi af bon</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Bonnummer:</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Indbetaling</translation>
    </message>
</context>
<context>
    <name>skranke::TillPaymentDocument</name>
    <message>
        <source>Payment received</source>
        <translation>Indbetaling modtaget</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BETALT</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>Udligner</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Rykkergebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>On your account for later invoices</source>
        <translation>Til gode på din konto</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tak!</translation>
    </message>
</context>
<context>
    <name>skranke::TillPayments</name>
    <message>
        <source>A debtor pays at the till in cash or by card.</source>
        <translation>En debitor betaler ved kassen kontant eller med kort.</translation>
    </message>
    <message>
        <source>The amount paid must be more than 0.</source>
        <translation>Det betalte beløb skal være over 0.</translation>
    </message>
    <message>
        <source>The amount must be in %1.</source>
        <translation>Beløbet skal være i %1.</translation>
    </message>
    <message>
        <source>Cash is paid in whole multiples of %1.</source>
        <translation>Kontanter betales i hele multipla af %1.</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kasse %1</translation>
    </message>
    <message>
        <source>Till %1, %2</source>
        <translation>Kasse %1, %2</translation>
    </message>
    <message>
        <source>There is no till payment %1.</source>
        <translation>Der er ingen indbetaling %1 i kassen.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPrinter</name>
    <message>
        <source>The printer %1 cannot print.</source>
        <translation>Printeren %1 kan ikke udskrive.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>Printeren %1 meldte en fejl.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kunne ikke gemme %1.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Udskrevet på %1.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; saved as %1.</source>
        <translation>Der er ikke sat nogen printer op på denne computer; gemt som %1.</translation>
    </message>
</context>
<context>
    <name>skranke::TillReportDocument</name>
    <message>
        <source>Z report no. %1</source>
        <translation>Z-rapport nr. %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>CVR-nr. %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Vagt åbnet</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Vagt lukket</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Salg (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returneringer (%1)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettosalg</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Of which cash rounding</source>
        <translation>Heraf kontantafrunding</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Moms %1 % af %2</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Intet salg</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Kontanter i skuffen</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Byttepenge</translation>
    </message>
    <message>
        <source>Cash tenders</source>
        <translation>Kontantbetalinger</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kontant ind</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kontant ud</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Forventede kontanter</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Optalte kontanter</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Running totals; the shift is open.</source>
        <translation>Løbende totaler; vagten er åben.</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover)</source>
        <translation>Heraf solgte værdikort (ikke omsætning)</translation>
    </message>
    <message>
        <source>Debtor payments</source>
        <translation>Debitorbetalinger</translation>
    </message>
    <message>
        <source>Debtor payments in cash</source>
        <translation>Debitorbetalinger kontant</translation>
    </message>
</context>
<context>
    <name>skranke::TillReports</name>
    <message>
        <source>The counted cash is what is in the drawer: 0 or more.</source>
        <translation>De optalte kontanter er det, der ligger i skuffen: 0 eller mere.</translation>
    </message>
    <message>
        <source>Count the cash in %1.</source>
        <translation>Optæl kontanterne i %1.</translation>
    </message>
    <message>
        <source>Till %1 has no Z report %2.</source>
        <translation>Kasse %1 har ingen Z-rapport %2.</translation>
    </message>
</context>
<context>
    <name>skranke::TillService</name>
    <message>
        <source>A till&apos;s ID has 1 to 20 characters.</source>
        <translation>En kasses ID har 1 til 20 tegn.</translation>
    </message>
    <message>
        <source>The till&apos;s name is required.</source>
        <translation>Kassens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>There is a till &quot;%1&quot; already.</source>
        <translation>Der findes allerede en kasse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Der er ingen kasse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Till %1 has no open shift; open one with a counted float first.</source>
        <translation>Kasse %1 har ingen åben vagt; åbn en med en optalt byttepenge først.</translation>
    </message>
    <message>
        <source>The float is the cash counted in the drawer: 0 or more.</source>
        <translation>Byttepengene er de kontanter, der er optalt i skuffen: 0 eller mere.</translation>
    </message>
    <message>
        <source>Till %1 has an open shift already; close it with a Z report first.</source>
        <translation>Kasse %1 har allerede en åben vagt; luk den med en Z-rapport først.</translation>
    </message>
    <message>
        <source>Enter the amount moved.</source>
        <translation>Angiv det flyttede beløb.</translation>
    </message>
    <message>
        <source>Say why the cash is moved.</source>
        <translation>Angiv, hvorfor kontanterne flyttes.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Angiv, hvorfor skuffen åbnes uden et salg.</translation>
    </message>
</context>
<context>
    <name>skranke::TillSettingsPage</name>
    <message>
        <source>The till shows a tab of product buttons for each ticked category, in this order. Products of the other categories are still sold by scanning or typing their number.</source>
        <translation>Kassen viser en fane med vareknapper for hver afkrydset varegruppe, i denne rækkefølge. Varer i de andre grupper sælges stadig ved at scanne eller taste varenummeret.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Kun en bruger med ret til at ændre indstillinger kan ændre dette.</translation>
    </message>
    <message>
        <source>Saved. The till shows the new buttons when it is opened next.</source>
        <translation>Gemt. Kassen viser de nye knapper, næste gang den åbnes.</translation>
    </message>
    <message>
        <source>%1 (booked in the schedule, no buttons)</source>
        <translation>%1 (bookes i kalenderen, ingen knapper)</translation>
    </message>
</context>
<context>
    <name>skranke::TillVouchers</name>
    <message>
        <source>Receipt %1-%2</source>
        <translation>Bon %1-%2</translation>
    </message>
    <message>
        <source>Till sale</source>
        <translation>Kassesalg</translation>
    </message>
    <message>
        <source>Till return</source>
        <translation>Kassereturnering</translation>
    </message>
    <message>
        <source>Cash in/out at till %1: %2</source>
        <translation>Kontant ind/ud ved kasse %1: %2</translation>
    </message>
    <message>
        <source>Z report %1-%2</source>
        <translation>Z-rapport %1-%2</translation>
    </message>
    <message>
        <source>Cash counted differs from expected</source>
        <translation>Optalte kontanter afviger fra det forventede</translation>
    </message>
</context>
<context>
    <name>skranke::TransferQueue</name>
    <message>
        <source>Another transfer to the accounting program is running; the vouchers are sent when it is done.</source>
        <translation>En anden overførsel til regnskabsprogrammet kører; bilagene sendes, når den er færdig.</translation>
    </message>
    <message>
        <source>Voucher %1 could not be sent (%2); the vouchers after it wait until it is restarted.</source>
        <translation>Bilag %1 kunne ikke sendes (%2); de efterfølgende bilag venter, til det er genstartet.</translation>
    </message>
    <message>
        <source>Another worker took over the transfer.</source>
        <translation>En anden proces overtog overførslen.</translation>
    </message>
    <message>
        <source>a line has no account</source>
        <translation>en linje har ingen konto</translation>
    </message>
</context>
<context>
    <name>skranke::TransferTargets</name>
    <message>
        <source>Unknown accounting target &quot;%1&quot;; Skranke knows %2.</source>
        <translation>Ukendt bogføringsmål &quot;%1&quot;; Skranke kender %2.</translation>
    </message>
</context>
<context>
    <name>skranke::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Der er ingen bruger &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Login skal være 1–32 små bogstaver, cifre, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; og begynde med et bogstav eller ciffer.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-koden skal være 4 til 8 cifre.</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters.</source>
        <translation>Adgangskoden skal være mindst 8 tegn.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>Der er ingen rolle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>Login &quot;%1&quot; er optaget.</translation>
    </message>
    <message>
        <source>The owner already exists.</source>
        <translation>Ejeren findes allerede.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Du kan ikke deaktivere dig selv.</translation>
    </message>
    <message>
        <source>The last owner cannot be deactivated.</source>
        <translation>Den sidste ejer kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Du kan ikke ændre din egen rolle.</translation>
    </message>
</context>
<context>
    <name>skranke::UsersSettingsPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tilføj bruger …</translation>
    </message>
    <message>
        <source>Change &amp;PIN/password…</source>
        <translation>Skift &amp;PIN-kode/adgangskode …</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Skift r&amp;olle …</translation>
    </message>
    <message>
        <source>Ac&amp;tivate/deactivate</source>
        <translation>Ak&amp;tiver/deaktiver</translation>
    </message>
    <message>
        <source>Adding and changing other users takes the right &quot;%1&quot;.</source>
        <translation>At tilføje og ændre andre brugere kræver rettigheden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <source>New PIN (4–8 digits) for %1:</source>
        <translation>Ny PIN-kode (4–8 cifre) for %1:</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>Gentag den nye PIN-kode:</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-koder er forskellige.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Skift rolle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Ny rolle for %1:</translation>
    </message>
</context>
<context>
    <name>skranke::ValueCardDialog</name>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Refund put on</source>
        <translation>Tilbagebetaling indsat</translation>
    </message>
    <message>
        <source>Card returned</source>
        <translation>Kort returneret</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Onlineordre</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Værdikort</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s number and press Enter</source>
        <translation>Scan eller skriv kortets nummer, og tryk på Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Till / receipt</source>
        <translation>Kasse / bon</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Card %1: %2 left</source>
        <translation>Kort %1: %2 tilbage</translation>
    </message>
</context>
<context>
    <name>skranke::ValueCards</name>
    <message>
        <source>A value card number has digits and letters only: &quot;%1&quot;.</source>
        <translation>Et værdikortnummer består kun af cifre og bogstaver: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Angiv værdikortets nummer.</translation>
    </message>
    <message>
        <source>A value card number has at most 32 characters.</source>
        <translation>Et værdikortnummer har højst 32 tegn.</translation>
    </message>
    <message>
        <source>No value card has the number %1.</source>
        <translation>Intet værdikort har nummeret %1.</translation>
    </message>
    <message>
        <source>Put more than 0 on a value card.</source>
        <translation>Sæt mere end 0 på et værdikort.</translation>
    </message>
    <message>
        <source>Value card %1 holds %2, not %3.</source>
        <translation>Værdikort %1 er i %2, ikke %3.</translation>
    </message>
    <message>
        <source>Value card %1 has %2 left, not %3.</source>
        <translation>Værdikort %1 har %2 tilbage, ikke %3.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherDialog</name>
    <message>
        <source>Voucher</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Bilag %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fejlet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>The key the accounting program sees the voucher by</source>
        <translation>Nøglen, som regnskabsprogrammet kender bilaget ved</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Momskode</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>No account for %1</source>
        <translation>Ingen konto for %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherListModel</name>
    <message>
        <source>Not marked for transfer</source>
        <translation>Ikke markeret til overførsel</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>I kø %1</translation>
    </message>
    <message>
        <source>Transferred %1 as %2</source>
        <translation>Overført %1 som %2</translation>
    </message>
    <message>
        <source>Transferred to %1 %2 as %3</source>
        <translation>Overført til %1 %2 som %3</translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Fejlet %1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherListPage</name>
    <message>
        <source>All states</source>
        <translation>Alle tilstande</translation>
    </message>
    <message>
        <source>Number, document or text</source>
        <translation>Nummer, dokument eller tekst</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Tilst&amp;and:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sø&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>&amp;Marker alle</translation>
    </message>
    <message>
        <source>Select every voucher of the list</source>
        <translation>Vælg alle bilag på listen</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>O&amp;verfør</translation>
    </message>
    <message>
        <source>Queue the selected pending vouchers for the accounting program</source>
        <translation>Sæt de valgte ventende bilag i kø til regnskabsprogrammet</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Gen&amp;start</translation>
    </message>
    <message>
        <source>Look up the accounts of the selected failed vouchers again and queue them</source>
        <translation>Slå kontiene for de valgte fejlede bilag op igen, og sæt bilagene i kø</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;nu</translation>
    </message>
    <message>
        <source>Restart &amp;all</source>
        <translation>Genstart &amp;alle</translation>
    </message>
    <message>
        <source>Restart every failed voucher, of any period</source>
        <translation>Genstart alle fejlede bilag, uanset periode</translation>
    </message>
    <message>
        <source>%1 of %2 vouchers loaded</source>
        <translation>%1 af %2 bilag indlæst</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n bilag</numerusform>
            <numerusform>%n bilag</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the queued vouchers (%1) to the accounting program now</source>
        <translation>Send bilagene i kø (%1) til regnskabsprogrammet nu</translation>
    </message>
    <message>
        <source>No accounting program is set up: see Settings → Accounting</source>
        <translation>Der er ikke sat noget regnskabsprogram op: se Indstillinger → Bogføring</translation>
    </message>
    <message>
        <source>Only the first %1 vouchers are marked; choose a shorter period for the rest.</source>
        <translation>Kun de første %1 bilag er markeret; vælg en kortere periode for resten.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued for transfer.</source>
        <translation>
            <numerusform>%n bilag sat i kø til overførsel.</numerusform>
            <numerusform>%n bilag sat i kø til overførsel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 vouchers queued again; the others still fail (see Reason).</source>
        <translation>%1 af %2 bilag sat i kø igen; de øvrige fejler stadig (se Årsag).</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued again.</source>
        <translation>
            <numerusform>%n bilag sat i kø igen.</numerusform>
            <numerusform>%n bilag sat i kø igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) queued again.</source>
        <translation>
            <numerusform>%n fejlet bilag sat i kø igen.</numerusform>
            <numerusform>%n fejlede bilag sat i kø igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another transfer is running; try again in a moment.</source>
        <translation>En anden overførsel kører; prøv igen om et øjeblik.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) transferred</source>
        <translation>
            <numerusform>%n bilag overført</numerusform>
            <numerusform>%n bilag overført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fejlet</numerusform>
            <numerusform>, %n fejlet</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n voucher(s) to the accounting program …</source>
        <translation>
            <numerusform>Sender %n bilag til regnskabsprogrammet …</numerusform>
            <numerusform>Sender %n bilag til regnskabsprogrammet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Making vouchers for what was posted since last time … the list shows them when they are made.</source>
        <translation>Laver bilag for det, der er bogført siden sidst … listen viser dem, når de er lavet.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherStore</name>
    <message>
        <source>The voucher series is missing.</source>
        <translation>Bilagsserien mangler.</translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation>Der er intet bilag %1.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherTexts</name>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fejlet</translation>
    </message>
    <message>
        <source>Target unreachable</source>
        <translation>Mål utilgængeligt</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Kvote brugt op</translation>
    </message>
    <message>
        <source>Missing mapping</source>
        <translation>Manglende kontering</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Tilbagebetalinger</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Udbetalinger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Till receipt</source>
        <translation>Kassebon</translation>
    </message>
    <message>
        <source>Debtor payment</source>
        <translation>Debitorbetaling</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Afskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Rykkergebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Online order capture</source>
        <translation>Hævning af webordre</translation>
    </message>
    <message>
        <source>Online order refund</source>
        <translation>Refusion af webordre</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Kontant ind/ud</translation>
    </message>
    <message>
        <source>Z-report difference</source>
        <translation>Z-rapport-difference</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Udbetaling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Accounting</name>
    <message>
        <source>The country&apos;s default chart and mapping are installed the first time vouchers are made (accounting vouchers).</source>
        <translation>Landets standardkontoplan og -kontering installeres, første gang der oprettes bilag (accounting vouchers).</translation>
    </message>
    <message>
        <source>%1 is no longer mapped.</source>
        <translation>%1 er ikke længere konteret.</translation>
    </message>
    <message>
        <source>%1 now goes to account %2.</source>
        <translation>%1 går nu til konto %2.</translation>
    </message>
    <message>
        <source>The chart of accounts is empty: the country&apos;s default chart and mapping are installed the first time vouchers are made (accounting vouchers).</source>
        <translation>Kontoplanen er tom: landets standardkontoplan og -kontering installeres, første gang der oprettes bilag (accounting vouchers).</translation>
    </message>
    <message>
        <source>Give --auto-from DATE or --auto-off, not both.</source>
        <translation>Angiv --auto-from DATO eller --auto-off, ikke begge.</translation>
    </message>
    <message>
        <source>accounting %1 takes no --%2.</source>
        <translation>accounting %1 tager ikke --%2.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE and --to DATE.</source>
        <translation>Angiv perioden med --from DATO og --to DATO.</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) må ikke ligge før --from (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a voucher number.</source>
        <translation>&quot;%1&quot; er ikke et bilagsnummer.</translation>
    </message>
    <message>
        <source>There is no voucher number %1.</source>
        <translation>Der er intet bilagsnummer %1.</translation>
    </message>
    <message>
        <source>--state must be pending, queued, transferred or failed, not &quot;%1&quot;.</source>
        <translation>--state skal være pending, queued, transferred eller failed, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--category must be sale, payment, refund, payout or other, not &quot;%1&quot;.</source>
        <translation>--category skal være sale, payment, refund, payout eller other, ikke &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n new voucher(s) made.</source>
        <translation>
            <numerusform>%n nyt bilag oprettet.</numerusform>
            <numerusform>%n nye bilag oprettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vouchers match.</source>
        <translation>Ingen bilag passer.</translation>
    </message>
    <message>
        <source>--target must be one of %1, not &quot;%2&quot;.</source>
        <translation>--target skal være en af %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give --mark-from and --mark-to together: the period whose pending vouchers to transfer.</source>
        <translation>Angiv --mark-from og --mark-to sammen: perioden, hvis ventende bilag skal overføres.</translation>
    </message>
    <message>
        <source>--mark-to (%1) must not be before --mark-from (%2).</source>
        <translation>--mark-to (%1) må ikke ligge før --mark-from (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) restarted.</source>
        <translation>
            <numerusform>%n fejlet bilag genstartet.</numerusform>
            <numerusform>%n fejlede bilag genstartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending voucher(s) dated %1 – %2 marked for transfer.</source>
        <translation>
            <numerusform>%n ventende bilag dateret %1 – %2 markeret til overførsel.</numerusform>
            <numerusform>%n ventende bilag dateret %1 – %2 markeret til overførsel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed and wait: see &quot;accounting vouchers --state failed&quot;, then map the accounts and restart them (accounting transfer --restart-failed).</source>
        <translation>
            <numerusform>%n bilag fejlede og venter: se &quot;accounting vouchers --state failed&quot;, kontér så kontiene, og genstart bilaget (accounting transfer --restart-failed).</numerusform>
            <numerusform>%n bilag fejlede og venter: se &quot;accounting vouchers --state failed&quot;, kontér så kontiene, og genstart bilagene (accounting transfer --restart-failed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n bilag genstartet.</numerusform>
            <numerusform>%n bilag genstartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export format must be one of %1, not &quot;%2&quot;.</source>
        <translation>Eksportformatet skal være et af %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>accounting export needs -o FILE: where to write it.</source>
        <translation>accounting export kræver -o FIL: hvor filen skal skrives.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n voucher(s) dated %1 – %2 to %3.</source>
        <translation>
            <numerusform>Skrev %n bilag dateret %1 – %2 til %3.</numerusform>
            <numerusform>Skrev %n bilag dateret %1 – %2 til %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Reference / årsag</translation>
    </message>
    <message>
        <source>Voucher %1, %2: %3</source>
        <translation>Bilag %1, %2: %3</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation>Dokument: %1 (%2)</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Beløb: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Betalingsmåde: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tilstand: %1</translation>
    </message>
    <message>
        <source>Transferred to %1 at %2, reference %3</source>
        <translation>Overført til %1 den %2, reference %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fejlet: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Forsøg: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>not mapped (%1)</source>
        <translation>ikke konteret (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Another transfer is running right now; nothing was sent. Try again shortly.</source>
        <translation>En anden overførsel kører lige nu; intet blev sendt. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Transferred: %1, failed: %2.</source>
        <translation>Overført: %1, fejlet: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppet: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>none (vouchers are only exported)</source>
        <translation>intet (bilag eksporteres kun)</translation>
    </message>
    <message>
        <source>Automatic transfer: %1</source>
        <translation>Automatisk overførsel: %1</translation>
    </message>
    <message>
        <source>on, for vouchers dated from %1</source>
        <translation>til, for bilag dateret fra %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>REST URL: %1</source>
        <translation>REST-URL: %1</translation>
    </message>
    <message>
        <source>REST key: %1</source>
        <translation>REST-nøgle: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>set</source>
        <translation>angivet</translation>
    </message>
    <message>
        <source>REST timeout: %1 s</source>
        <translation>REST-ventetid: %1 s</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Kvalifikator</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>ikke konteret</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Availability</name>
    <message>
        <source>The product: its item number or ID.</source>
        <translation>Produktet: dets varenummer eller ID.</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>Den første dag.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Den sidste dag (højst et år efter den første).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli availability --product NUMBER|ID --from DATE --to DATE
Free units of the product on each day from --from to --to; below 0 when overbooked.</source>
        <translation>Brug: skranke-cli availability --product NUMMER|ID --from DATO --to DATO
Ledige enheder af produktet for hver dag fra --from til --to; under 0 ved overbooking.</translation>
    </message>
    <message>
        <source>%1 is not booked over time.</source>
        <translation>%1 bookes ikke for en periode.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to må ikke ligge før --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Højst %1 dage ad gangen.</translation>
    </message>
    <message>
        <source>%1 (%2), capacity %3</source>
        <translation>%1 (%2), kapacitet %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Backup</name>
    <message>
        <source>The new backup file (must not exist).</source>
        <translation>Den nye sikkerhedskopi (må ikke findes).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] backup FILE</source>
        <translation>Brug: skranke-cli [--db FIL] backup FIL</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup kræver præcis én FIL.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Sikkerhedskopierede %1 til %2.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BalanceList</name>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalden</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>The date the balances are as of.</source>
        <translation>Datoen, saldiene opgøres pr.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Days per aging interval.</source>
        <translation>Dage pr. aldersinterval.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Første debitor-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Sidste debitor-ID.</translation>
    </message>
    <message>
        <source>Each open item under its debtor.</source>
        <translation>Hver åben post under sin debitor.</translation>
    </message>
    <message>
        <source>Debtors with balance 0 too.</source>
        <translation>Også debitorer med saldo 0.</translation>
    </message>
    <message>
        <source>Write CSV to FILE.</source>
        <translation>Skriv CSV til FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-skilletegn: &apos;;&apos;, &apos;,&apos; eller tabulator.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>--interval must be a number of days.</source>
        <translation>--interval skal være et antal dage.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringer</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Write a PDF to FILE.</source>
        <translation>Skriv en PDF til FIL.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to ID] [--specified] [--include-zero] [--csv FILE [--separator S]] [--pdf FILE]</source>
        <translation>Brug: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to ID] [--specified] [--include-zero] [--csv FIL [--separator S]] [--pdf FIL]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Booking</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 skal angives.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID (a whole number above 0).</source>
        <translation>&quot;%1&quot; er ikke et ID (et helt tal over 0).</translation>
    </message>
    <message>
        <source>--%1 is too large: %2.</source>
        <translation>--%1 er for stor: %2.</translation>
    </message>
    <message>
        <source>No product has the item number or ID &quot;%1&quot;.</source>
        <translation>Intet produkt har varenummer eller ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Der er intet produkt %1.</translation>
    </message>
    <message>
        <source>manual price</source>
        <translation>manuel pris</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>overbooket</translation>
    </message>
    <message>
        <source>repeats monthly</source>
        <translation>gentages månedligt</translation>
    </message>
    <message>
        <source>under row %1</source>
        <translation>under linje %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>afregnet</translation>
    </message>
    <message>
        <source>guests %1</source>
        <translation>gæster %1</translation>
    </message>
    <message>
        <source>Where the booking came from (create, edit).</source>
        <translation>Hvor bookingen kom fra (create, edit).</translation>
    </message>
    <message>
        <source>Who referred the customer (create, edit).</source>
        <translation>Hvem der henviste kunden (create, edit).</translation>
    </message>
    <message>
        <source>The campaign (create, edit).</source>
        <translation>Kampagnen (create, edit).</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (create, edit); the payment&apos;s comment (pay).</source>
        <translation>Kundens kommentar (create, edit); betalingens kommentar (pay).</translation>
    </message>
    <message>
        <source>An internal note (create, edit).</source>
        <translation>En intern note (create, edit).</translation>
    </message>
    <message>
        <source>A message printed on the booking&apos;s invoices (create, edit).</source>
        <translation>En besked, der trykkes på bookingens fakturaer (create, edit).</translation>
    </message>
    <message>
        <source>Booking %1 created.</source>
        <translation>Booking %1 er oprettet.</translation>
    </message>
    <message>
        <source>Booking %1 saved.</source>
        <translation>Booking %1 er gemt.</translation>
    </message>
    <message>
        <source>Booking %1, no customer yet</source>
        <translation>Booking %1, ingen kunde endnu</translation>
    </message>
    <message>
        <source>Booking %1 for %2 (customer %3)</source>
        <translation>Booking %1 for %2 (kunde %3)</translation>
    </message>
    <message>
        <source>Purpose: %1  Source: %2  Booked by: %3</source>
        <translation>Formål: %1  Kilde: %2  Booket af: %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Deposit due: %1  Final due: %2</source>
        <translation>Depositum forfalder: %1  Restbeløb forfalder: %2</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Ingen linjer.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linjer:</translation>
    </message>
    <message>
        <source>Total %1 %2, paid %3</source>
        <translation>I alt %1 %2, betalt %3</translation>
    </message>
    <message>
        <source>Invoice %1 of %2, due %3: %4</source>
        <translation>Faktura %1 af %2, forfalder %3: %4</translation>
    </message>
    <message>
        <source>Payment %1 on %2: %3 (%4) %5</source>
        <translation>Betaling %1 den %2: %3 (%4) %5</translation>
    </message>
    <message>
        <source>Failed payment %1 on %2: %3 (%4) %5</source>
        <translation>Mislykket betaling %1 den %2: %3 (%4) %5</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 copied to booking %2 (%n row(s)).</source>
        <translation>
            <numerusform>Booking %1 er kopieret til booking %2 (%n linje).</numerusform>
            <numerusform>Booking %1 er kopieret til booking %2 (%n linjer).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The customer the booking is for (create, edit).</source>
        <translation>Den kunde, bookingen er til (create, edit).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The purpose: %1 (create, edit).</source>
        <translation>Formålet: %1 (create, edit).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØGLE</translation>
    </message>
    <message>
        <source>Tags of the booking (create, edit) or the row (row).</source>
        <translation>Bookingens tags (create, edit) eller linjens (row).</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>When the deposit is due (create, edit).</source>
        <translation>Hvornår depositummet forfalder (create, edit).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>When the whole amount is due (create, edit).</source>
        <translation>Hvornår hele beløbet forfalder (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier a report of the booking (create, edit).</source>
        <translation>Send leverandøren en rapport om bookingen (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier no report (edit).</source>
        <translation>Send ikke leverandøren en rapport (edit).</translation>
    </message>
    <message>
        <source>The product booked: its item number or ID (row add, row edit).</source>
        <translation>Det bookede produkt: dets varenummer eller ID (row add, row edit).</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>Arrival: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by the hour (row).</source>
        <translation>Ankomst: YYYY-MM-DD eller YYYY-MM-DDTHH:MM for produkter, der bookes pr. time (row).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>HVORNÅR</translation>
    </message>
    <message>
        <source>Departure, as the arrival (row).</source>
        <translation>Afrejse, i samme format som ankomsten (row).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1 (row).</source>
        <translation>Gæster pr. kategori, f.eks. adult:2,child:1 (row).</translation>
    </message>
    <message>
        <source>GUESTS</source>
        <translation>GÆSTER</translation>
    </message>
    <message>
        <source>A manual price for the row including VAT, instead of the price table&apos;s (row).</source>
        <translation>En manuel pris for linjen inkl. moms i stedet for pristabellens (row).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Drop the manual price and use the price table&apos;s (row edit).</source>
        <translation>Fjern den manuelle pris, og brug pristabellens (row edit).</translation>
    </message>
    <message>
        <source>reservation, final, waitlist, long_term or self_booking (row).</source>
        <translation>reservation, final, waitlist, long_term eller self_booking (row).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>The unit to book; default the first free (row).</source>
        <translation>Den enhed, der skal bookes; standard er den første ledige (row).</translation>
    </message>
    <message>
        <source>The row this row belongs under (row).</source>
        <translation>Den linje, som denne linje hører under (row).</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LINJE</translation>
    </message>
    <message>
        <source>The invoice text; default the product&apos;s name (row).</source>
        <translation>Fakturateksten; standard er produktets navn (row).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>A long-term rental that repeats monthly (row, with --status long_term).</source>
        <translation>En langtidsleje, der gentages hver måned (row, med --status long_term).</translation>
    </message>
    <message>
        <source>Book even when the product is fully booked; needs the overbooking right (row).</source>
        <translation>Book, selv om produktet er fuldt booket; kræver rettigheden til at overbooke (row).</translation>
    </message>
    <message>
        <source>The amount paid (pay).</source>
        <translation>Det betalte beløb (pay).</translation>
    </message>
    <message>
        <source>How it was paid, e.g. bank or card (pay; default bank).</source>
        <translation>Hvordan der blev betalt, f.eks. bank eller card (pay; standard bank).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODE</translation>
    </message>
    <message>
        <source>The payment&apos;s transaction ID (pay).</source>
        <translation>Betalingens transaktions-ID (pay).</translation>
    </message>
    <message>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <source>The month to run (run-recurring).</source>
        <translation>Den måned, der skal køres (run-recurring).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Invoice %1 for booking %2: %3 %4, due %5.</source>
        <translation>Faktura %1 for booking %2: %3 %4, forfalder %5.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid of %3 %4.</source>
        <translation>Booking %1: %2 betalt af %3 %4.</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Fuldt betalt.</translation>
    </message>
    <message>
        <source>Not paid in full.</source>
        <translation>Ikke fuldt betalt.</translation>
    </message>
    <message>
        <source>Final now: row %1.</source>
        <translation>Nu endelig: linje %1.</translation>
    </message>
    <message>
        <source>--month must be a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month skal være en måned som YYYY-MM, ikke &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) created for %1.</source>
        <translation>
            <numerusform>%n linje oprettet for %1.</numerusform>
            <numerusform>%n linjer oprettet for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: %1.</source>
        <translation>Fakturaer: %1.</translation>
    </message>
    <message>
        <source>Already run for the month: booking %1.</source>
        <translation>Allerede kørt for måneden: booking %1.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) skal ligge efter --arrival (%2).</translation>
    </message>
    <message>
        <source>Give --price or --offered-price, not both.</source>
        <translation>Angiv --price eller --offered-price, ikke begge.</translation>
    </message>
    <message>
        <source>Row %1 added to booking %2: %3, %4 – %5.</source>
        <translation>Linje %1 er tilføjet til booking %2: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Row %1 of booking %2 saved: %3, %4 – %5.</source>
        <translation>Linje %1 i booking %2 er gemt: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Price %1 %2</source>
        <translation>Pris %1 %2</translation>
    </message>
    <message>
        <source> (manual; the price table offers %1)</source>
        <translation> (manuel; pristabellen giver %1)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>ingen pris</translation>
    </message>
    <message>
        <source>Status %1, unit %2</source>
        <translation>Status %1, enhed %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Overbooked.</source>
        <translation>Overbooket.</translation>
    </message>
    <message>
        <source>A row stays in its booking: row edit takes no --booking.</source>
        <translation>En linje bliver i sin booking: row edit tager ikke --booking.</translation>
    </message>
    <message>
        <source>The bank account to pay back to: reg. no. and account, a Norwegian account number or an IBAN (refund).</source>
        <translation>Den bankkonto, der skal tilbagebetales til: reg.nr. og konto, et norsk kontonummer eller et IBAN (refund).</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>Pay back to the card (refund).</source>
        <translation>Tilbagebetal til kortet (refund).</translation>
    </message>
    <message>
        <source>The booking to move the payment to (transfer).</source>
        <translation>Den booking, betalingen skal flyttes til (transfer).</translation>
    </message>
    <message>
        <source>Give either --account or --card.</source>
        <translation>Angiv enten --account eller --card.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid back; %3 still refundable.</source>
        <translation>Booking %1: %2 tilbagebetalt; %3 kan stadig tilbagebetales.</translation>
    </message>
    <message>
        <source>%1 moved from booking %2 (now paid %3) to booking %4 (now paid %5).</source>
        <translation>%1 flyttet fra booking %2 (nu betalt %3) til booking %4 (nu betalt %5).</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>AFVIST</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>Intet at gøre den %1.</translation>
    </message>
    <message>
        <source>A preview: nothing was done.</source>
        <translation>En forhåndsvisning: intet blev udført.</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>
            <numerusform>%n e-mail lagt i udbakken; &quot;skranke-cli mail send&quot; sender den.</numerusform>
            <numerusform>%n e-mails lagt i udbakken; &quot;skranke-cli mail send&quot; sender dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the customer pays, e.g. invoice or card (create, edit).</source>
        <translation>Hvordan kunden betaler, f.eks. invoice eller card (create, edit).</translation>
    </message>
    <message>
        <source>The booking is invoiced (default yes).</source>
        <translation>Bookingen faktureres (standard ja).</translation>
    </message>
    <message>
        <source>run-billing emails new invoices to the customer (default yes).</source>
        <translation>run-billing sender nye fakturaer til kunden pr. e-mail (standard ja).</translation>
    </message>
    <message>
        <source>run-billing invoices rows not yet invoiced (default yes).</source>
        <translation>run-billing fakturerer linjer, der endnu ikke er faktureret (standard ja).</translation>
    </message>
    <message>
        <source>run-billing lists overdue invoices for a reminder (default yes).</source>
        <translation>run-billing viser forfaldne fakturaer, der skal rykkes for (standard ja).</translation>
    </message>
    <message>
        <source>Rows are settled when the booking is paid in full (default yes).</source>
        <translation>Linjerne afregnes, når bookingen er fuldt betalt (standard ja).</translation>
    </message>
    <message>
        <source>run-billing cancels the booking when the deposit or the total is not paid by its due date (default no).</source>
        <translation>run-billing annullerer bookingen, når depositummet eller det samlede beløb ikke er betalt til forfaldsdatoen (standard nej).</translation>
    </message>
    <message>
        <source>Give --%1 or --no-%1, not both.</source>
        <translation>Angiv --%1 eller --no-%1, ikke begge.</translation>
    </message>
    <message>
        <source>The booking the row is added to (row add); the booking to cancel (cancel).</source>
        <translation>Den booking, linjen tilføjes til (row add); den booking, der skal annulleres (cancel).</translation>
    </message>
    <message>
        <source>The row to cancel (cancel).</source>
        <translation>Den linje, der skal annulleres (cancel).</translation>
    </message>
    <message>
        <source>Why it is cancelled; required (cancel).</source>
        <translation>Hvorfor den annulleres; skal angives (cancel).</translation>
    </message>
    <message>
        <source>Charge none of the cancellation fee the product&apos;s rules suggest (cancel).</source>
        <translation>Opkræv intet af det annulleringsgebyr, produktets regler foreslår (cancel).</translation>
    </message>
    <message>
        <source>Cancel the row&apos;s package parts and accessories too (cancel).</source>
        <translation>Annuller også linjens pakkedele og tilbehør (cancel).</translation>
    </message>
    <message>
        <source>How many units (row; default 1); how many of the row&apos;s units to cancel (cancel; default all).</source>
        <translation>Hvor mange enheder (row; standard 1); hvor mange af linjens enheder der skal annulleres (cancel; standard alle).</translation>
    </message>
    <message>
        <source>Invoice or payment date; for run-recurring and run-billing the invoice date (default: today).</source>
        <translation>Faktura- eller betalingsdato; for run-recurring og run-billing fakturadatoen (standard: i dag).</translation>
    </message>
    <message>
        <source>Only list what the run would do (run-billing).</source>
        <translation>Vis kun, hvad kørslen ville gøre (run-billing).</translation>
    </message>
    <message>
        <source>The opposite of --%1.</source>
        <translation>Det modsatte af --%1.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME booking create [--customer ID] [--purpose KEY] [--source S] [--referrer R] [--campaign C] [--tags T] [--comment TEXT] [--note TEXT] [--deposit-due D] [--final-due D] [--invoice-message TEXT] [--payment-method M] [--supplier-report] [--[no-]invoice] [--[no-]send-invoice] [--[no-]generate-invoice] [--[no-]generate-reminder] [--[no-]settle-booking] [--[no-]cancel-on-missing-payment]
       skranke-cli --user ME booking edit ID [the same options] [--no-supplier-report]
       skranke-cli booking show ID
       skranke-cli --user ME booking copy ID
       skranke-cli --user ME booking row add --booking ID --product NUMBER|ID --arrival WHEN --departure WHEN [--quantity N] [--guests adult:2,child:1] [--price AMOUNT] [--status STATUS] [--resource ID] [--parent ROW] [--text TEXT] [--tags T] [--recurring] [--overbook]
       skranke-cli --user ME booking row edit ROW [the same options but --booking] [--offered-price]
       skranke-cli --user ME booking invoice ID [--date D]
       skranke-cli --user ME booking pay ID --amount A [--date D] [--method M] [--reference TXID] [--comment C]
       skranke-cli --user ME booking run-recurring --month YYYY-MM [--date D]
       skranke-cli --user ME booking run-billing [--date D] [--dry-run]
       skranke-cli --user ME booking refund ID --amount A (--account ACCOUNT|--card) [--date D] [--reference TXID] [--comment C]
       skranke-cli --user ME booking transfer ID --to ID --amount A [--date D] [--comment C]
       skranke-cli --user ME booking cancel --row ID [--quantity N] --reason TEXT [--waive-fee] [--all-parts]
       skranke-cli --user ME booking cancel --booking ID --reason TEXT [--waive-fee]</source>
        <translation>Brug: skranke-cli --user MIG booking create [--customer ID] [--purpose NØGLE] [--source S] [--referrer R] [--campaign C] [--tags T] [--comment TEKST] [--note TEKST] [--deposit-due D] [--final-due D] [--invoice-message TEKST] [--payment-method M] [--supplier-report] [--[no-]invoice] [--[no-]send-invoice] [--[no-]generate-invoice] [--[no-]generate-reminder] [--[no-]settle-booking] [--[no-]cancel-on-missing-payment]
      skranke-cli --user MIG booking edit ID [samme tilvalg] [--no-supplier-report]
      skranke-cli booking show ID
      skranke-cli --user MIG booking copy ID
      skranke-cli --user MIG booking row add --booking ID --product NUMMER|ID --arrival HVORNÅR --departure HVORNÅR [--quantity N] [--guests adult:2,child:1] [--price BELØB] [--status STATUS] [--resource ID] [--parent LINJE] [--text TEKST] [--tags T] [--recurring] [--overbook]
      skranke-cli --user MIG booking row edit LINJE [samme tilvalg undtagen --booking] [--offered-price]
      skranke-cli --user MIG booking invoice ID [--date D]
      skranke-cli --user MIG booking pay ID --amount B [--date D] [--method M] [--reference TXID] [--comment C]
      skranke-cli --user MIG booking run-recurring --month YYYY-MM [--date D]
      skranke-cli --user MIG booking run-billing [--date D] [--dry-run]
      skranke-cli --user MIG booking refund ID --amount B (--account KONTO|--card) [--date D] [--reference TXID] [--comment C]
      skranke-cli --user MIG booking transfer ID --to ID --amount B [--date D] [--comment C]
      skranke-cli --user MIG booking cancel --row ID [--quantity N] --reason TEKST [--waive-fee] [--all-parts]
      skranke-cli --user MIG booking cancel --booking ID --reason TEKST [--waive-fee]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingCancel</name>
    <message numerus="yes">
        <source>Row %1: %n unit(s) cancelled</source>
        <translation>
            <numerusform>Linje %1: %n enhed annulleret</numerusform>
            <numerusform>Linje %1: %n enheder annulleret</numerusform>
        </translation>
    </message>
    <message>
        <source>, billed: the purchase stands, no fee</source>
        <translation>, faktureret: købet står ved magt, intet gebyr</translation>
    </message>
    <message>
        <source>, fee %1 %2 waived by %3</source>
        <translation>, gebyr %1 %2 frafaldet af %3</translation>
    </message>
    <message>
        <source>, fee %1 %2</source>
        <translation>, gebyr %1 %2</translation>
    </message>
    <message>
        <source>booking cancel takes no --%1.</source>
        <translation>booking cancel tager ikke --%1.</translation>
    </message>
    <message>
        <source>--reason is required: say why it is cancelled.</source>
        <translation>--reason skal angives: skriv, hvorfor den annulleres.</translation>
    </message>
    <message>
        <source>--quantity cancels units of one row: give it with --row, not --booking.</source>
        <translation>--quantity annullerer enheder på én linje: angiv den med --row, ikke --booking.</translation>
    </message>
    <message>
        <source>--all-parts is for --row: --booking cancels every row anyway.</source>
        <translation>--all-parts er til --row: --booking annullerer alligevel alle linjer.</translation>
    </message>
    <message>
        <source>--all-parts cancels whole rows: give it without --quantity.</source>
        <translation>--all-parts annullerer hele linjer: angiv den uden --quantity.</translation>
    </message>
    <message>
        <source>Cancellation report for %1 queued for %2 (outbox %3).</source>
        <translation>Annulleringsrapport for %1 lagt i kø til %2 (udbakke %3).</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them of the cancellation yourself.</source>
        <translation>%1 har ingen e-mailadresse: giv selv besked om annulleringen.</translation>
    </message>
    <message>
        <source>booking cancel needs --row ID or --booking ID.</source>
        <translation>booking cancel kræver --row ID eller --booking ID.</translation>
    </message>
    <message>
        <source>Give --row or --booking, not both.</source>
        <translation>Angiv --row eller --booking, ikke begge.</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Annulleringen er gennemført, men leverandørerne har ikke fået besked: %1</translation>
    </message>
    <message>
        <source>Fees of %1 %2 are billed with booking %3&apos;s next invoice.</source>
        <translation>Gebyrer på %1 %2 faktureres med den næste faktura for booking %3.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli mail send&quot; delivers the outbox.</source>
        <translation>&quot;skranke-cli mail send&quot; sender e-mailene i udbakken.</translation>
    </message>
    <message>
        <source>Give --set or --clear, not both.</source>
        <translation>Angiv --set eller --clear, ikke begge.</translation>
    </message>
    <message>
        <source>--set needs the rules, e.g. &quot;14:50, 3:100&quot;; --clear removes them.</source>
        <translation>--set kræver reglerne, f.eks. &quot;14:50, 3:100&quot;; --clear fjerner dem.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Rules (days before arrival: fee %): %1</source>
        <translation>Regler (dage før ankomst: gebyr %): %1</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingMail</name>
    <message>
        <source>Usage: skranke-cli [--user ME] booking supplier-report ID [--pdf-dir DIR] [--send]
       skranke-cli --user ME booking send-invoice ID
       skranke-cli --user ME booking send-confirmation ID
The emails are queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>Brug: skranke-cli [--user MIG] booking supplier-report ID [--pdf-dir MAPPE] [--send]
      skranke-cli --user MIG booking send-invoice ID
      skranke-cli --user MIG booking send-confirmation ID
E-mailene lægges i udbakken; &quot;skranke-cli mail send&quot; sender dem.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Booking %1 har ingen linjer fra en leverandør (som ikke er annulleret): der er intet at rapportere.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (supplier %2): %n row(s)</source>
        <translation>
            <numerusform>%1 (leverandør %2): %n linje</numerusform>
            <numerusform>%1 (leverandør %2): %n linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>, no email address</source>
        <translation>, ingen e-mailadresse</translation>
    </message>
    <message>
        <source>, queued for %1 (outbox %2)</source>
        <translation>, lagt i kø til %1 (udbakke %2)</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, til %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>No supplier has an email address: nothing was sent.</source>
        <translation>Ingen leverandør har en e-mailadresse: intet blev sendt.</translation>
    </message>
    <message>
        <source>Queued; send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Lagt i kø; send den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>Nothing sent: add --send to email the reports, or --pdf-dir DIR to write them.</source>
        <translation>Intet sendt: tilføj --send for at e-maile rapporterne eller --pdf-dir MAPPE for at skrive dem.</translation>
    </message>
    <message>
        <source>Supplier reports of booking %1:</source>
        <translation>Leverandørrapporter for booking %1:</translation>
    </message>
    <message>
        <source>Payment confirmation (invoice %1 marked paid) of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Betalingsbekræftelse (faktura %1 markeret som betalt) for booking %2 lagt i kø til %3 (udbakke %4); send den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Faktura %1 for booking %2 lagt i kø til %3 (udbakke %4); send den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>What to send.</source>
        <translation>Hvad der skal sendes.</translation>
    </message>
    <message>
        <source>Write each supplier&apos;s report as a PDF into this folder (supplier-report).</source>
        <translation>Skriv hver leverandørs rapport som PDF i denne mappe (supplier-report).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Email each supplier their report and mark the booking as reported (supplier-report).</source>
        <translation>Send hver leverandør deres rapport pr. e-mail, og markér bookingen som rapporteret (supplier-report).</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Cancellations</name>
    <message>
        <source>%1  booking %2  %3  %4  %5 – %6  ×%7  fee %8  %9</source>
        <translation>%1  booking %2  %3  %4  %5 – %6  ×%7  gebyr %8  %9</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ingen kunde)</translation>
    </message>
    <message>
        <source>(%1 waived by %2)</source>
        <translation>(%1 frafaldet af %2)</translation>
    </message>
    <message>
        <source>[billed]</source>
        <translation>[faktureret]</translation>
    </message>
    <message>
        <source>The first day (default: this Monday).</source>
        <translation>Den første dag (standard: denne uges mandag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day, inclusive (default: this Sunday; at most %1 days).</source>
        <translation>Den sidste dag, inklusive (standard: denne uges søndag; højst %1 dage).</translation>
    </message>
    <message>
        <source>Write CSV to FILE.</source>
        <translation>Skriv CSV til FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-skilletegn: &apos;;&apos;, &apos;,&apos; eller tabulator.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>Write a PDF to FILE.</source>
        <translation>Skriv en PDF til FIL.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli cancellations [--from DATE --to DATE] [--csv FILE [--separator S]] [--pdf FILE]
The bookings cancelled on the days from --from to --to (in the company&apos;s time zone), with reasons and fees; without dates, this week (Monday to Sunday).</source>
        <translation>Brug: skranke-cli cancellations [--from DATO --to DATO] [--csv FIL [--separator S]] [--pdf FIL]
De bookinger, der er annulleret på dagene fra --from til --to (i virksomhedens tidszone), med årsager og gebyrer; uden datoer denne uge (mandag til søndag).</translation>
    </message>
    <message>
        <source>Give --to with --from (or neither for this week).</source>
        <translation>Angiv --to sammen med --from (eller ingen af dem for denne uge).</translation>
    </message>
    <message>
        <source>Give --from with --to (or neither for this week).</source>
        <translation>Angiv --from sammen med --to (eller ingen af dem for denne uge).</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) må ikke ligge før --from (%2).</translation>
    </message>
    <message>
        <source>--to: at most %1 days from --from at a time.</source>
        <translation>--to: højst %1 dage fra --from ad gangen.</translation>
    </message>
    <message>
        <source>Cancellations %1 – %2</source>
        <translation>Annulleringer %1 – %2</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Ingen bookinger blev annulleret i denne periode.</translation>
    </message>
    <message>
        <source>Total: %1 cancellations, %2 units, fees %3 %4</source>
        <translation>I alt: %1 annulleringer, %2 enheder, gebyrer %3 %4</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Catalog</name>
    <message>
        <source>%1 (%2) is not booked over time.</source>
        <translation>%1 (%2) bookes ikke for en periode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&quot;%1&quot; er ikke en ugedag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Name at least one weekday.</source>
        <translation>Angiv mindst én ugedag.</translation>
    </message>
    <message>
        <source>%1  %2  %3  length %4  quantity %5  guests %6  %7 %8  %9  priority %10</source>
        <translation>%1  %2  %3  længde %4  antal %5  gæster %6  %7 %8  %9  prioritet %10</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>&quot;%1&quot; er ikke en gæstekategori.</translation>
    </message>
    <message>
        <source>--priority is a whole number: %1.</source>
        <translation>--priority skal være et heltal: %1.</translation>
    </message>
    <message>
        <source>The amount is in %1, the product&apos;s price in %2.</source>
        <translation>Beløbet er i %1, produktets pris i %2.</translation>
    </message>
    <message>
        <source>%1 has no price rules: its price %2 is the price per unit.</source>
        <translation>%1 har ingen prisregler: produktets pris %2 er prisen pr. enhed.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name.</source>
        <translation>Leverandørens navn.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Where supplier reports go.</source>
        <translation>Hvor leverandørrapporterne sendes hen.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME supplier add --name N [--email E]
       skranke-cli supplier list</source>
        <translation>Brug: skranke-cli --user MIG supplier add --name N [--email E]
      skranke-cli supplier list</translation>
    </message>
    <message>
        <source>Supplier %1 added: %2</source>
        <translation>Leverandør %1 tilføjet: %2</translation>
    </message>
    <message>
        <source>No suppliers.</source>
        <translation>Ingen leverandører.</translation>
    </message>
    <message>
        <source>What to set.</source>
        <translation>Hvad der skal angives.</translation>
    </message>
    <message>
        <source>The product: its item number or ID.</source>
        <translation>Produktet: dets varenummer eller ID.</translation>
    </message>
    <message>
        <source>The supplier&apos;s ID, or none.</source>
        <translation>Leverandørens ID eller none.</translation>
    </message>
    <message>
        <source>ID|none</source>
        <translation>ID|none</translation>
    </message>
    <message>
        <source>The guest categories the product takes, or all.</source>
        <translation>De gæstekategorier, produktet tager imod, eller all.</translation>
    </message>
    <message>
        <source>KEY,KEY|all</source>
        <translation>NØGLE,NØGLE|all</translation>
    </message>
    <message>
        <source>%1 is supplied by %2.</source>
        <translation>%1 leveres af %2.</translation>
    </message>
    <message>
        <source>%1 has no supplier.</source>
        <translation>%1 har ingen leverandør.</translation>
    </message>
    <message>
        <source>%1 takes: %2</source>
        <translation>%1 tager imod: %2</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>What the amount is for: unit (a night or hour), stay, guest_unit, guest_stay.</source>
        <translation>Hvad beløbet gælder: unit (en nat eller time), stay, guest_unit, guest_stay.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>GRUNDLAG</translation>
    </message>
    <message>
        <source>The amount incl. VAT, e.g. 895.00.</source>
        <translation>Beløbet inkl. moms, f.eks. 895.00.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>The season&apos;s first day (open when not given).</source>
        <translation>Sæsonens første dag (åben, hvis den ikke angives).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The season&apos;s last day (open when not given).</source>
        <translation>Sæsonens sidste dag (åben, hvis den ikke angives).</translation>
    </message>
    <message>
        <source>The days the rule prices (all when not given).</source>
        <translation>De dage, reglen prissætter (alle, hvis de ikke angives).</translation>
    </message>
    <message>
        <source>mon,tue,…</source>
        <translation>mon,tue,…</translation>
    </message>
    <message>
        <source>The guests a guest basis counts.</source>
        <translation>De gæster, et gæstegrundlag tæller med.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØGLE</translation>
    </message>
    <message>
        <source>Higher wins when rules overlap.</source>
        <translation>Højeste vinder, når regler overlapper.</translation>
    </message>
    <message>
        <source>At least this many nights or hours.</source>
        <translation>Mindst så mange nætter eller timer.</translation>
    </message>
    <message>
        <source>At most this many nights or hours.</source>
        <translation>Højst så mange nætter eller timer.</translation>
    </message>
    <message>
        <source>At least this many units booked.</source>
        <translation>Mindst så mange bookede enheder.</translation>
    </message>
    <message>
        <source>At most this many units booked.</source>
        <translation>Højst så mange bookede enheder.</translation>
    </message>
    <message>
        <source>At least this many guests.</source>
        <translation>Mindst så mange gæster.</translation>
    </message>
    <message>
        <source>At most this many guests.</source>
        <translation>Højst så mange gæster.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME price-rule add --product PRODUCT --basis unit|stay|guest_unit|guest_stay --amount A [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category KEY] [--priority N]
       skranke-cli price-rule list --product PRODUCT
       skranke-cli --user ME price-rule retire ID</source>
        <translation>Brug: skranke-cli --user MIG price-rule add --product PRODUKT --basis unit|stay|guest_unit|guest_stay --amount B [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category NØGLE] [--priority N]
      skranke-cli price-rule list --product PRODUKT
      skranke-cli --user MIG price-rule retire ID</translation>
    </message>
    <message>
        <source>Price rule added:</source>
        <translation>Prisregel tilføjet:</translation>
    </message>
    <message>
        <source>Price rule %1 retired.</source>
        <translation>Prisregel %1 er udfaset.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by time.</source>
        <translation>YYYY-MM-DD eller YYYY-MM-DDTHH:MM for produkter, der bookes pr. time.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>HVORNÅR</translation>
    </message>
    <message>
        <source>The end, as --arrival.</source>
        <translation>Slutningen, som ved --arrival.</translation>
    </message>
    <message>
        <source>Units booked (1 when not given).</source>
        <translation>Antal bookede enheder (1, hvis det ikke angives).</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1.</source>
        <translation>Gæster pr. kategori, f.eks. adult:2,child:1.</translation>
    </message>
    <message>
        <source>KEY:N,…</source>
        <translation>NØGLE:N,…</translation>
    </message>
    <message>
        <source>Usage: skranke-cli price --product PRODUCT --arrival WHEN --departure WHEN [--quantity N] [--guests adult:2,child:1]
What the price table offers for a booking row, as booking row add would price it.</source>
        <translation>Brug: skranke-cli price --product PRODUKT --arrival HVORNÅR --departure HVORNÅR [--quantity N] [--guests adult:2,child:1]
Hvad pristabellen tilbyder for en bookinglinje, sådan som booking row add ville prissætte den.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) skal ligge efter --arrival (%2).</translation>
    </message>
    <message>
        <source>%1, %2 – %3: %4 %5</source>
        <translation>%1, %2 – %3: %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 – %3: no price matches; a booking row needs a manual price.</source>
        <translation>%1, %2 – %3: ingen pris passer; en bookinglinje skal have en manuel pris.</translation>
    </message>
    <message>
        <source>The cancellation rules: DAYS:PERCENT, …; cancelling fewer than DAYS days before arrival costs PERCENT of the price.</source>
        <translation>Annulleringsreglerne: DAGE:PROCENT, …; annullering mindre end DAGE dage før ankomst koster PROCENT af prisen.</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGLER</translation>
    </message>
    <message>
        <source>Remove the cancellation rules: cancelling is free until arrival.</source>
        <translation>Fjern annulleringsreglerne: annullering er gratis indtil ankomst.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME product supplier PRODUCT --supplier ID|none
       skranke-cli --user ME product guests PRODUCT --categories adult,child|all
       skranke-cli [--user ME] product cancellation-rules PRODUCT [--set &quot;14:50, 3:100&quot; | --clear]</source>
        <translation>Brug: skranke-cli --user MIG product supplier PRODUKT --supplier ID|none
      skranke-cli --user MIG product guests PRODUKT --categories adult,child|all
      skranke-cli [--user MIG] product cancellation-rules PRODUKT [--set &quot;14:50, 3:100&quot; | --clear]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::CliContext</name>
    <message>
        <source>This command changes data: say who you are with --user NAME (or SKRANKE_USER) and give the PIN in SKRANKE_PIN or at the prompt.</source>
        <translation>Denne kommando ændrer data: angiv hvem du er med --user NAVN (eller SKRANKE_USER), og giv PIN-koden i SKRANKE_PIN eller ved prompten.</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN-kode for %1: </translation>
    </message>
    <message>
        <source>No secret given: set %1 or type it at the prompt.</source>
        <translation>Ingen kode angivet: sæt %1 eller skriv den ved prompten.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 skal være et heltal på mindst %2, ikke &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Commands</name>
    <message>
        <source>create a new database with the company and its owner</source>
        <translation>opret en ny database med virksomheden og dens ejer</translation>
    </message>
    <message>
        <source>create a demo database of a Danish holiday and activity centre</source>
        <translation>opret en demodatabase for et dansk ferie- og aktivitetscenter</translation>
    </message>
    <message>
        <source>add, list and change staff users (add|list|passwd|activate|deactivate)</source>
        <translation>tilføj, vis og ret medarbejdere (add|list|passwd|activate|deactivate)</translation>
    </message>
    <message>
        <source>show or change the company profile (show|set)</source>
        <translation>vis eller ret virksomhedsprofilen (show|set)</translation>
    </message>
    <message>
        <source>verify or list the audit journal (verify|list)</source>
        <translation>kontroller eller vis revisionsjournalen (verify|list)</translation>
    </message>
    <message>
        <source>copy the database to a new file while it is in use</source>
        <translation>kopier databasen til en ny fil, mens den er i brug</translation>
    </message>
    <message>
        <source>add, edit, show and list debtors (add|edit|show|list)</source>
        <translation>opret, ret, vis og list debitorer (add|edit|show|list)</translation>
    </message>
    <message>
        <source>debtor groups (add|list|rename|move)</source>
        <translation>debitorgrupper (add|list|rename|move)</translation>
    </message>
    <message>
        <source>create, post, show, list and print invoices (create|post|show|list|pdf)</source>
        <translation>opret, bogfør, vis, list og udskriv fakturaer (create|post|show|list|pdf)</translation>
    </message>
    <message>
        <source>credit a posted invoice (create|show|pdf)</source>
        <translation>krediter en bogført faktura (create|show|pdf)</translation>
    </message>
    <message>
        <source>register a debtor payment (register)</source>
        <translation>registrer en debitorbetaling (register)</translation>
    </message>
    <message>
        <source>write off an amount a debtor owes</source>
        <translation>afskriv et beløb, som en debitor skylder</translation>
    </message>
    <message>
        <source>a debtor&apos;s postings with open amounts and balance</source>
        <translation>en debitors posteringer med åbne beløb og saldo</translation>
    </message>
    <message>
        <source>settle payments against invoices (auto|match|undo)</source>
        <translation>udlign betalinger mod fakturaer (auto|match|undo)</translation>
    </message>
    <message>
        <source>the aged debtor balance list as of a date</source>
        <translation>den aldersfordelte debitorsaldoliste pr. en dato</translation>
    </message>
    <message>
        <source>reminder runs and reminders (preview|create|list|pdf)</source>
        <translation>rykkerkørsler og rykkere (preview|create|list|pdf)</translation>
    </message>
    <message>
        <source>email: server settings, the outbox and sending (settings|outbox|send)</source>
        <translation>e-mail: serverindstillinger, udbakken og afsendelse (settings|outbox|send)</translation>
    </message>
    <message>
        <source>tills, shifts, cash, sales, X/Z reports and receipts (create|list|products|shift|cash|sale|report|receipts)</source>
        <translation>kasser, vagter, kontanter, salg, X/Z-rapporter og bonner (create|list|products|shift|cash|sale|report|receipts)</translation>
    </message>
    <message>
        <source>add, find, edit and show customers (add|find|edit|show)</source>
        <translation>opret, find, ret og vis kunder (add|find|edit|show)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s free units per day</source>
        <translation>et bookbart produkts ledige enheder pr. dag</translation>
    </message>
    <message>
        <source>the bookings on each unit over a period</source>
        <translation>bookingerne på hver enhed i en periode</translation>
    </message>
    <message>
        <source>suppliers of bookable products (add|list)</source>
        <translation>leverandører af bookbare produkter (add|list)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s price table (add|list|retire)</source>
        <translation>et bookbart produkts pristabel (add|list|retire)</translation>
    </message>
    <message>
        <source>what a bookable product&apos;s price table offers for a period</source>
        <translation>hvad et bookbart produkts pristabel tilbyder for en periode</translation>
    </message>
    <message>
        <source>bookings, their rows, invoices, payments and mail-outs (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</source>
        <translation>bookinger, deres linjer, fakturaer, betalinger og udsendelser (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</translation>
    </message>
    <message>
        <source>the bookings cancelled in a period, with reasons and fees</source>
        <translation>de bookinger, der er annulleret i en periode, med årsager og gebyrer</translation>
    </message>
    <message>
        <source>a bookable product&apos;s supplier, guest categories and cancellation rules (supplier|guests|cancellation-rules)</source>
        <translation>et bookbart produkts leverandør, gæstekategorier og annulleringsregler (supplier|guests|cancellation-rules)</translation>
    </message>
    <message>
        <source>the webshop&apos;s online orders, their card payments and statuses (import|list|show|capture|cancel|refund|retry|status|statuses|export)</source>
        <translation>webshoppens ordrer, deres kortbetalinger og statusser (import|list|show|capture|cancel|refund|retry|status|statuses|export)</translation>
    </message>
    <message>
        <source>vouchers for the accounting program: transfer, export, mapping, payouts and the balance report (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</source>
        <translation>bilag til regnskabsprogrammet: overførsel, eksport, kontering, udbetalinger og afstemningsrapporten (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Company</name>
    <message>
        <source>currency:</source>
        <translation>valuta:</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>New value of %1.</source>
        <translation>Ny værdi for %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VÆRDI</translation>
    </message>
    <message>
        <source>Usage: skranke-cli company show
       skranke-cli --user ME company set [--name N] [--city C] ... (only the given fields change)</source>
        <translation>Brug: skranke-cli company show
      skranke-cli --user MIG company set [--name N] [--city C] ... (kun de angivne felter ændres)</translation>
    </message>
    <message>
        <source>company set needs at least one field to change.
</source>
        <translation>company set kræver mindst ét felt at ændre.
</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Customer</name>
    <message>
        <source>Name.</source>
        <translation>Navn.</translation>
    </message>
    <message>
        <source>Email.</source>
        <translation>E-mail.</translation>
    </message>
    <message>
        <source>Phone (&quot;-&quot; when not known).</source>
        <translation>Telefon (&quot;-&quot; hvis ukendt).</translation>
    </message>
    <message>
        <source>Address line 1 (&quot;-&quot; when not known).</source>
        <translation>Adresselinje 1 (&quot;-&quot; hvis ukendt).</translation>
    </message>
    <message>
        <source>Address line 2.</source>
        <translation>Adresselinje 2.</translation>
    </message>
    <message>
        <source>Address line 3.</source>
        <translation>Adresselinje 3.</translation>
    </message>
    <message>
        <source>Postcode (&quot;-&quot; when not known).</source>
        <translation>Postnummer (&quot;-&quot; hvis ukendt).</translation>
    </message>
    <message>
        <source>City (&quot;-&quot; when not known).</source>
        <translation>By (&quot;-&quot; hvis ukendt).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Noter.</translation>
    </message>
    <message>
        <source>A remark printed on the customer&apos;s invoices.</source>
        <translation>En bemærkning, der trykkes på kundens fakturaer.</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(ingen e-mail)</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The customer has no email.</source>
        <translation>Kunden har ingen e-mail.</translation>
    </message>
    <message>
        <source>The customer has an email (edit).</source>
        <translation>Kunden har en e-mail (edit).</translation>
    </message>
    <message>
        <source>The debtor the customer is invoiced through.</source>
        <translation>Debitoren, kunden faktureres gennem.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most this many (find).</source>
        <translation>Højst så mange (find).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME customer add --name N --email E|--no-email --address A --postcode P --city C --phone T [--address2 A] [--address3 A] [--notes T] [--invoice-remark T] [--debtor ID]
       skranke-cli customer find TEXT [--limit N]
       skranke-cli --user ME customer edit ID [the same options] [--has-email]
       skranke-cli customer show ID</source>
        <translation>Brug: skranke-cli --user MIG customer add --name N --email E|--no-email --address A --postcode P --city C --phone T [--address2 A] [--address3 A] [--notes T] [--invoice-remark T] [--debtor ID]
      skranke-cli customer find TEKST [--limit N]
      skranke-cli --user MIG customer edit ID [samme tilvalg] [--has-email]
      skranke-cli customer show ID</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit skal være et positivt tal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation>&quot;%1&quot; er ikke et kunde-ID.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Der er ingen kunde %1.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Debtor</name>
    <message>
        <source>The debtor&apos;s %1.</source>
        <translation>Debitorens %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VÆRDI</translation>
    </message>
    <message>
        <source>A business debtor (B2B).</source>
        <translation>En erhvervsdebitor (B2B).</translation>
    </message>
    <message>
        <source>A private debtor (not B2B).</source>
        <translation>En privat debitor (ikke B2B).</translation>
    </message>
    <message>
        <source>Debtor group by name.</source>
        <translation>Debitorgruppe efter navn.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Payment terms in days.</source>
        <translation>Betalingsbetingelser i dage.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Terms run from the end of the month.</source>
        <translation>Fristen regnes fra månedens udgang.</translation>
    </message>
    <message>
        <source>The debtor ID to use (add).</source>
        <translation>Det debitor-ID, der skal bruges (add).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search text (list).</source>
        <translation>Søgetekst (list).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>List debtors without outstanding too.</source>
        <translation>Vis også debitorer uden udestående.</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>Højst N rækker (list).</translation>
    </message>
    <message>
        <source>Write the list as CSV to FILE.</source>
        <translation>Skriv listen som CSV til FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-skilletegn: &apos;;&apos;, &apos;,&apos; eller tabulator.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>--terms-days must be a number of days.</source>
        <translation>--terms-days skal være et antal dage.</translation>
    </message>
    <message>
        <source>There is no debtor group &quot;%1&quot;.</source>
        <translation>Der er ingen debitorgruppe &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit skal være et positivt tal.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Forudbetaling</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
       skranke-cli --user ME debtor edit ID [the same options]
       skranke-cli debtor show ID
       skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FILE [--separator &apos;;&apos;|&apos;,&apos;|tab]]</source>
        <translation>Brug: skranke-cli --user MIG debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
      skranke-cli --user MIG debtor edit ID [samme tilvalg]
      skranke-cli debtor show ID
      skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FIL [--separator &apos;;&apos;|&apos;,&apos;|tab]]</translation>
    </message>
    <message>
        <source>The group to move debtors to (move).</source>
        <translation>Den gruppe, debitorerne flyttes til (move).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME group add NAME
       skranke-cli group list
       skranke-cli --user ME group rename OLD NEW
       skranke-cli --user ME group move --group NAME DEBTOR_ID...</source>
        <translation>Brug: skranke-cli --user MIG group add NAVN
      skranke-cli group list
      skranke-cli --user MIG group rename GAMMEL NY
      skranke-cli --user MIG group move --group NAVN DEBITOR_ID...</translation>
    </message>
    <message>
        <source>Created the group %1.</source>
        <translation>Oprettede gruppen %1.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Omdøbte %1 til %2.</translation>
    </message>
    <message>
        <source>Moved %1 debtors to %2.</source>
        <translation>Flyttede %1 debitorer til %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>&quot;%1&quot; er ikke et ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Demo</name>
    <message>
        <source>small (default) or large (benchmark sizes).</source>
        <translation>small (standard) eller large (benchmark-størrelser).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STØRRELSE</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same business.</source>
        <translation>Frø; samme frø giver samme virksomhed.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --db FILE demo [--size small|large] [--seed N]
Creates FILE (which must not exist) with a demo business. Every demo user (owner, manager, desk) has the PIN 1234.</source>
        <translation>Brug: skranke-cli --db FIL demo [--size small|large] [--seed N]
Opretter FIL (som ikke må findes) med en demovirksomhed. Alle demobrugere (owner, manager, desk) har PIN-koden 1234.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size skal være small eller large, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed skal være et heltal.</translation>
    </message>
    <message>
        <source>Created the demo business in %1 (users owner, manager and desk; PIN %2).</source>
        <translation>Demovirksomheden er oprettet i %1 (brugerne owner, manager og desk; PIN-kode %2).</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Init</name>
    <message>
        <source>Company name.</source>
        <translation>Virksomhedens navn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>DK, NO or SE (sets currency, VAT and rules).</source>
        <translation>DK, NO eller SE (bestemmer valuta, moms og regler).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>CVR / organisation number.</source>
        <translation>CVR-/organisationsnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>IANA time zone (default: the country&apos;s).</source>
        <translation>IANA-tidszone (standard: landets).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Login of the owner.</source>
        <translation>Ejerens login.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Display name of the owner.</source>
        <translation>Ejerens viste navn.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] init --company NAME --owner LOGIN [--owner-name NAME] [--country DK|NO|SE] [--org-number N]
The owner&apos;s PIN comes from SKRANKE_PIN or a prompt.</source>
        <translation>Brug: skranke-cli [--db FIL] init --company NAVN --owner LOGIN [--owner-name NAVN] [--country DK|NO|SE] [--org-number N]
Ejerens PIN-kode kommer fra SKRANKE_PIN eller en prompt.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 skal angives.</translation>
    </message>
    <message>
        <source>PIN for the owner %1: </source>
        <translation>PIN-kode for ejeren %1: </translation>
    </message>
    <message>
        <source>Created %1 for %2 with owner %3.</source>
        <translation>Oprettede %1 for %2 med ejeren %3.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Invoice</name>
    <message>
        <source>--line %1 must be &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT_PERCENT]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 skal være &quot;TEKST|ANTAL|STYKPRIS_INKL_MOMS|MOMSSATS[|RABAT_PROCENT]&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>invoice create needs --debtor, --date and at least one --line.</source>
        <translation>invoice create kræver --debtor, --date og mindst én --line.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Debitor-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Invoice date (YYYY-MM-DD).</source>
        <translation>Fakturadato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Due date; default from the debtor&apos;s terms.</source>
        <translation>Forfaldsdato; standard efter debitorens betingelser.</translation>
    </message>
    <message>
        <source>A line: TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT].</source>
        <translation>En linje: TEKST|ANTAL|STYKPRIS_INKL_MOMS|MOMSSATS[|RABAT].</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINJE</translation>
    </message>
    <message>
        <source>Message printed on the invoice.</source>
        <translation>Besked, der trykkes på fakturaen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Till reference (create), or till filter (list).</source>
        <translation>Kassereference (create) eller kassefilter (list).</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSE</translation>
    </message>
    <message>
        <source>Reminder fees and interest may not be charged.</source>
        <translation>Der må ikke opkræves rykkergebyr og renter.</translation>
    </message>
    <message>
        <source>Post the invoice at once (numbered).</source>
        <translation>Bogfør fakturaen med det samme (nummereret).</translation>
    </message>
    <message>
        <source>Period start (list).</source>
        <translation>Periodens start (list).</translation>
    </message>
    <message>
        <source>Period end (list).</source>
        <translation>Periodens slutning (list).</translation>
    </message>
    <message>
        <source>Write the list as CSV to FILE.</source>
        <translation>Skriv listen som CSV til FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-skilletegn: &apos;;&apos;, &apos;,&apos; eller tabulator.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>PDF file to write (pdf).</source>
        <translation>PDF-fil, der skal skrives (pdf).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME invoice create --debtor ID --date D [--due D] --line &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE&quot; ... [--message M] [--till T] [--no-fees] [--post]
       skranke-cli --user ME invoice post DRAFT_ID
       skranke-cli invoice show NUMBER
       skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FILE [--separator S]]
       skranke-cli invoice pdf NUMBER -o FILE</source>
        <translation>Brug: skranke-cli --user MIG invoice create --debtor ID --date D [--due D] --line &quot;TEKST|ANTAL|STYKPRIS_INKL_MOMS|MOMSSATS&quot; ... [--message M] [--till T] [--no-fees] [--post]
      skranke-cli --user MIG invoice post KLADDE_ID
      skranke-cli invoice show NUMMER
      skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FIL [--separator S]]
      skranke-cli invoice pdf NUMMER -o FIL</translation>
    </message>
    <message>
        <source>invoice pdf needs -o FILE.</source>
        <translation>invoice pdf kræver -o FIL.</translation>
    </message>
    <message>
        <source>The invoice number to credit.</source>
        <translation>Nummeret på den faktura, der krediteres.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Credit this amount (spread over the VAT rates).</source>
        <translation>Krediter dette beløb (fordelt på momssatserne).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Credit line N (all of it, or QTY of it).</source>
        <translation>Krediter linje N (hele den, eller ANTAL af den).</translation>
    </message>
    <message>
        <source>N[:QTY]</source>
        <translation>N[:ANTAL]</translation>
    </message>
    <message>
        <source>Credit note date (default: the invoice&apos;s).</source>
        <translation>Kreditnotaens dato (standard: fakturaens).</translation>
    </message>
    <message>
        <source>Message printed on the credit note.</source>
        <translation>Besked, der trykkes på kreditnotaen.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME credit-note create --invoice NUMBER [--amount A | --line N[:QTY] ...] [--date D]
       skranke-cli credit-note show NUMBER
       skranke-cli credit-note pdf NUMBER -o FILE
Without --amount and --line the whole invoice is credited.</source>
        <translation>Brug: skranke-cli --user MIG credit-note create --invoice NUMMER [--amount B | --line N[:ANTAL] ...] [--date D]
      skranke-cli credit-note show NUMMER
      skranke-cli credit-note pdf NUMMER -o FIL
Uden --amount og --line krediteres hele fakturaen.</translation>
    </message>
    <message>
        <source>credit-note create needs --invoice NUMBER.</source>
        <translation>credit-note create kræver --invoice NUMMER.</translation>
    </message>
    <message>
        <source>--line must be N or N:QTY, not &quot;%1&quot;.</source>
        <translation>--line skal være N eller N:ANTAL, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Angiv --amount eller --line, ikke begge.</translation>
    </message>
    <message>
        <source>There is no credit note %1.</source>
        <translation>Der er ingen kreditnota %1.</translation>
    </message>
    <message>
        <source>credit-note pdf needs -o FILE.</source>
        <translation>credit-note pdf kræver -o FIL.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; er ikke et tal.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Journal</name>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen er intakt: %1 poster kontrolleret.</translation>
    </message>
    <message>
        <source>Journal BROKEN: %1.</source>
        <translation>Journalen er BRUDT: %1.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit skal være et positivt tal.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>How many entries list shows, newest first.</source>
        <translation>Hvor mange poster list viser, nyeste først.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] [--json] journal verify
       skranke-cli [--db FILE] [--json] journal list [--limit N]</source>
        <translation>Brug: skranke-cli [--db FIL] [--json] journal verify
      skranke-cli [--db FIL] [--json] journal list [--limit N]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Ledger</name>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Debitor-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount received.</source>
        <translation>Modtaget beløb.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Payment date (default: today).</source>
        <translation>Betalingsdato (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Payment type (bank, cash, card, …).</source>
        <translation>Betalingstype (bank, kontant, kort, …).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The payment&apos;s reference.</source>
        <translation>Betalingens reference.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME payment register --debtor ID --amount A [--date D] [--type T] [--reference R]
The payment settles the debtor&apos;s oldest open invoices; the rest stands as a prepayment.</source>
        <translation>Brug: skranke-cli --user MIG payment register --debtor ID --amount B [--date D] [--type T] [--reference R]
Betalingen udligner debitorens ældste åbne fakturaer; resten står som forudbetaling.</translation>
    </message>
    <message>
        <source>Registered %1 from debtor %2; %3 remains as prepayment.</source>
        <translation>Registrerede %1 fra debitor %2; %3 står som forudbetaling.</translation>
    </message>
    <message>
        <source>Amount to write off.</source>
        <translation>Beløb, der afskrives.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Hvorfor (skal angives).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Date (default: today).</source>
        <translation>Dato (standard: i dag).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME write-off --debtor ID --amount A --reason R [--date D]</source>
        <translation>Brug: skranke-cli --user MIG write-off --debtor ID --amount B --reason R [--date D]</translation>
    </message>
    <message>
        <source>Wrote off %1 for debtor %2.</source>
        <translation>Afskrev %1 for debitor %2.</translation>
    </message>
    <message>
        <source>Show the payment type column.</source>
        <translation>Vis kolonnen med betalingstype.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli postings DEBTOR [--payment-type]</source>
        <translation>Brug: skranke-cli postings DEBITOR [--payment-type]</translation>
    </message>
    <message>
        <source>Postings of %1 %2</source>
        <translation>Posteringer for %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a debtor ID.</source>
        <translation>&quot;%1&quot; er ikke et debitor-ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Mail</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;.</source>
        <translation>--%1 skal være et tal, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Email is not set up: a server and a sender address are needed.</source>
        <translation>E-mail er ikke sat op: der skal bruges en server og en afsenderadresse.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls, not &quot;%1&quot;.</source>
        <translation>--security er none, starttls eller tls, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--status is queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status er queued, sent eller failed, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Udbakken er tom.</translation>
    </message>
    <message>
        <source>Email is not set up: give the server and sender first with &quot;skranke-cli mail settings --host H --from ADDRESS&quot;.</source>
        <translation>E-mail er ikke sat op: angiv først server og afsender med &quot;skranke-cli mail settings --host H --from ADRESSE&quot;.</translation>
    </message>
    <message>
        <source>%1 to %2: sent</source>
        <translation>%1 til %2: sendt</translation>
    </message>
    <message>
        <source>%1 to %2: failed: %3</source>
        <translation>%1 til %2: mislykket: %3</translation>
    </message>
    <message>
        <source>No mail is waiting.</source>
        <translation>Ingen mail venter.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed.</source>
        <translation>%1 sendt, %2 mislykket.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>SMTP-serveren.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>VÆRT</translation>
    </message>
    <message>
        <source>The server&apos;s port (587, 465, 25).</source>
        <translation>Serverens port (587, 465, 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls eller tls.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MÅDE</translation>
    </message>
    <message>
        <source>The login at the server.</source>
        <translation>Brugernavnet på serveren.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BRUGER</translation>
    </message>
    <message>
        <source>The password at the server (stored as is).</source>
        <translation>Adgangskoden på serveren (gemmes, som den er).</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>ADGANGSKODE</translation>
    </message>
    <message>
        <source>The sender address.</source>
        <translation>Afsenderadressen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Afsendernavnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Tries per message (1-10).</source>
        <translation>Forsøg pr. besked (1-10).</translation>
    </message>
    <message>
        <source>Pause between tries.</source>
        <translation>Pause mellem forsøg.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Only entries with this status (outbox).</source>
        <translation>Kun poster med denne status (outbox).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Also try failed mail again (send).</source>
        <translation>Prøv også mislykket mail igen (send).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli mail settings
       skranke-cli --user ME mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADDRESS] [--from-name NAME] [--attempts N] [--retry-delay-ms MS]
       skranke-cli mail outbox [--status queued|sent|failed]
       skranke-cli --user ME mail send [--retry-failed]</source>
        <translation>Brug: skranke-cli mail settings
      skranke-cli --user MIG mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADRESSE] [--from-name NAVN] [--attempts N] [--retry-delay-ms MS]
      skranke-cli mail outbox [--status queued|sent|failed]
      skranke-cli --user MIG mail send [--retry-failed]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Main</name>
    <message>
        <source>Usage: skranke-cli [--db FILE] [--user NAME] [--json] COMMAND ...

Options:
  --db FILE     the database (default: %1)
  --user NAME   the acting staff user; the PIN comes from SKRANKE_PIN or a prompt
  --json        print results and errors as JSON

Environment:
  SKRANKE_NOW=YYYY-MM-DDTHH:MM  fix the clock (UTC unless an offset is given), for scripted runs and tests

Commands:
</source>
        <translation>Brug: skranke-cli [--db FIL] [--user NAVN] [--json] KOMMANDO ...

Tilvalg:
  --db FIL      databasen (standard: %1)
  --user NAVN   den medarbejder, der handler; PIN-koden kommer fra SKRANKE_PIN eller en prompt
  --json        skriv resultater og fejl som JSON

Miljø:
  SKRANKE_NOW=ÅÅÅÅ-MM-DDTTT:MM  lås uret (UTC, medmindre en forskydning angives), til scripts og test

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Run &quot;skranke-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done, 1 refused or bad input, 2 usage error.</source>
        <translation>
Kør &quot;skranke-cli KOMMANDO --help&quot; for en kommandos tilvalg.
Afslutningskoder: 0 udført, 1 afvist eller forkert input, 2 forkert brug.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 kræver en værdi.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Ukendt tilvalg %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Ukendt kommando &quot;%1&quot;.

%2</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Orders</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>  #%1 %2 %3  %4, %n attempt(s), %5</source>
        <translation>
            <numerusform>  #%1 %2 %3  %4, %n forsøg, %5</numerusform>
            <numerusform>  #%1 %2 %3  %4, %n forsøg, %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>AFVENTER</translation>
    </message>
    <message>
        <source>Captured early, confirmed by user %1: %2</source>
        <translation>Hævet før tid, bekræftet af bruger %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>[gateway call pending]</source>
        <translation>[gatewaykald afventer svar]</translation>
    </message>
    <message>
        <source>Order %1: payment %2; reserved %3, captured %4, refunded %5, refundable %6.</source>
        <translation>Ordre %1: betaling %2; reserveret %3, hævet %4, refunderet %5, kan refunderes %6.</translation>
    </message>
    <message>
        <source>Order %1 (internal %2) of %3, %4</source>
        <translation>Ordre %1 (internt nr. %2) fra %3, %4</translation>
    </message>
    <message>
        <source>(customer %1)</source>
        <translation>(kunde %1)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Booking: %1</translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>Faktureringsadresse: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Leveringsadresse: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s comment: %1</source>
        <translation>Kundens kommentar: %1</translation>
    </message>
    <message>
        <source>Internal comment: %1</source>
        <translation>Intern kommentar: %1</translation>
    </message>
    <message>
        <source>Ready to ship or delivered: yes</source>
        <translation>Klar til afsendelse eller leveret: ja</translation>
    </message>
    <message>
        <source>Ready to ship or delivered: no</source>
        <translation>Klar til afsendelse eller leveret: nej</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Linjer:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  ×%4  %5  VAT %6 %  %7</source>
        <translation>  %1  %2  %3  ×%4  %5  moms %6 %  %7</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>I alt: %1</translation>
    </message>
    <message>
        <source>Payment: %1%2%3</source>
        <translation>Betaling: %1%2%3</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>, transaction %1</source>
        <translation>, transaktion %1</translation>
    </message>
    <message>
        <source>  Capture reference: %1</source>
        <translation>  Hævningsreference: %1</translation>
    </message>
    <message>
        <source>  Marked paid by hand.</source>
        <translation>  Markeret som betalt manuelt.</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Udstedte værdikort:</translation>
    </message>
    <message>
        <source>  line %1: %2, balance %3</source>
        <translation>  linje %1: %2, saldo %3</translation>
    </message>
    <message>
        <source>No gateway operations.</source>
        <translation>Ingen gatewayhandlinger.</translation>
    </message>
    <message>
        <source>Gateway operations:</source>
        <translation>Gatewayhandlinger:</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Faktura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>%n ordre importeret</numerusform>
            <numerusform>%n ordrer importeret</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported, left unchanged: %1</source>
        <translation>Allerede importeret, ikke ændret: %1</translation>
    </message>
    <message>
        <source>Captured on import (value cards): %1</source>
        <translation>Hævet ved import (værdikort): %1</translation>
    </message>
    <message>
        <source>Not captured on import, capture by hand: %1</source>
        <translation>Ikke hævet ved import, hæv manuelt: %1</translation>
    </message>
    <message>
        <source>orders %1 takes no --%2.</source>
        <translation>orders %1 kan ikke bruges med --%2.</translation>
    </message>
    <message>
        <source>--%1: there is no order status &quot;%2&quot;. Use one of: %3.</source>
        <translation>--%1: der er ingen ordrestatus &quot;%2&quot;. Brug en af: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, moved to imported/.</source>
        <translation>
            <numerusform>%n fil importeret, flyttet til imported/.</numerusform>
            <numerusform>%n filer importeret, flyttet til imported/.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, moved to refused/: %1</source>
        <translation>Afvist, flyttet til refused/: %1</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Ingen ordrer passer.</translation>
    </message>
    <message>
        <source>More orders match: narrow the filter or raise --limit (now %1).</source>
        <translation>Flere ordrer passer: indsnævr filteret, eller sæt --limit op (nu %1).</translation>
    </message>
    <message>
        <source>orders refund needs --amount AMOUNT: how much to pay back.</source>
        <translation>orders refund kræver --amount BELØB: hvor meget der skal betales tilbage.</translation>
    </message>
    <message>
        <source>Order %1 is paid by %2, not through a card gateway: there is nothing to %3 here.</source>
        <translation>Ordre %1 er betalt med %2, ikke gennem en betalingsgateway: %3 har intet at gøre her.</translation>
    </message>
    <message>
        <source>Add --confirm-early to capture now anyway; you are recorded as the one who confirmed it.</source>
        <translation>Tilføj --confirm-early for at hæve nu alligevel; du registreres som den, der bekræftede det.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli orders retry %1&quot; asks the gateway again.</source>
        <translation>&quot;skranke-cli orders retry %1&quot; spørger gatewayen igen.</translation>
    </message>
    <message>
        <source>No gateway call was pending.</source>
        <translation>Intet gatewaykald afventede svar.</translation>
    </message>
    <message>
        <source>Added the order status &quot;%1&quot;.</source>
        <translation>Ordrestatussen &quot;%1&quot; er tilføjet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (built in: %2)</source>
        <translation>%1 (indbygget: %2)</translation>
    </message>
    <message>
        <source>orders export needs --csv FILE.</source>
        <translation>orders export kræver --csv FIL.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n order(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n ordre til %1.</numerusform>
            <numerusform>Skrev %n ordrer til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Import every *.json in DIR, oldest first, moving each to imported/ or refused/ (import).</source>
        <translation>Importer hver *.json i MAPPE, ældste først, og flyt hver fil til imported/ eller refused/ (import).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>The first order day (list, export).</source>
        <translation>Den første ordredag (list, export).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last order day, inclusive (list, export).</source>
        <translation>Den sidste ordredag, medregnet (list, export).</translation>
    </message>
    <message>
        <source>Only orders of this status, or all (list, export; default: Not effected).</source>
        <translation>Kun ordrer med denne status, eller all for alle (list, export; standard: Ikke effektueret).</translation>
    </message>
    <message>
        <source>NAME|all</source>
        <translation>NAVN|all</translation>
    </message>
    <message>
        <source>Only orders with TEXT in the order number, customer or email (list, export).</source>
        <translation>Kun ordrer med TEKST i ordrenummer, kunde eller e-mail (list, export).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>At most N orders, newest first (list; default 50).</source>
        <translation>Højst N ordrer, nyeste først (list; standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How much to capture (capture; default the whole reservation, the rest is released) or to pay back (refund; required).</source>
        <translation>Hvor meget der skal hæves (capture; standard er hele reservationen, og resten frigives) eller betales tilbage (refund; skal angives).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Capture before the card rules allow it, e.g. before the goods are ready to ship; you are recorded as the one who confirmed it (capture).</source>
        <translation>Hæv, før kortreglerne tillader det, f.eks. før varerne er klar til afsendelse; du registreres som den, der bekræftede det (capture).</translation>
    </message>
    <message>
        <source>Move the orders to this status: its name or built-in key, e.g. effected (status).</source>
        <translation>Flyt ordrerne til denne status: dens navn eller indbyggede nøgle, f.eks. effected (status).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Add a status of your own (status).</source>
        <translation>Tilføj en status efter eget valg (status).</translation>
    </message>
    <message>
        <source>Write CSV to FILE (export).</source>
        <translation>Skriv CSV til FIL (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab (export).</source>
        <translation>CSV-skilletegn: &apos;;&apos;, &apos;,&apos; eller tabulator (export).</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>orders resolve needs --done or --not-done, and --reason TEXT: what the gateway&apos;s portal shows.</source>
        <translation>orders resolve kræver --done eller --not-done og --reason TEKST: hvad gatewayens portal viser.</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was done (resolve).</source>
        <translation>Gatewayens portal viser, at det ubesvarede kald blev udført (resolve).</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was not done (resolve).</source>
        <translation>Gatewayens portal viser, at det ubesvarede kald ikke blev udført (resolve).</translation>
    </message>
    <message>
        <source>How you know (resolve; required).</source>
        <translation>Hvordan du ved det (resolve; skal udfyldes).</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it (resolve).</source>
        <translation>Gatewayens id for det (resolve).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME orders import FILE
       skranke-cli --user ME orders import --folder DIR
       skranke-cli orders list [--from DATE] [--to DATE] [--status NAME|all] [--search TEXT] [--limit N]
       skranke-cli orders show ID
       skranke-cli --user ME orders capture ID [--amount AMOUNT] [--confirm-early]
       skranke-cli --user ME orders cancel ID
       skranke-cli --user ME orders refund ID --amount AMOUNT
       skranke-cli --user ME orders retry ID
       skranke-cli --user ME orders void-cards ID
       skranke-cli --user ME orders resolve ID --done|--not-done --reason TEXT [--reference REF]
       skranke-cli --user ME orders status ID... --set NAME
       skranke-cli --user ME orders status --add NAME
       skranke-cli orders statuses
       skranke-cli orders export --csv FILE [--separator S] [--from DATE] [--to DATE] [--status NAME|all] [--search TEXT]
The webshop&apos;s orders (file format skranke-orders/1). ID is the webshop&apos;s order number, e.g. WEB-10023, or Skranke&apos;s internal number. A file with any error imports nothing; one imported before is left unchanged. Without --status, list and export show the orders not yet effected. An unanswered gateway call stays pending and is asked again, never done twice: retry does that now.</source>
        <translation>Brug: skranke-cli --user MIG orders import FIL
      skranke-cli --user MIG orders import --folder MAPPE
      skranke-cli orders list [--from DATO] [--to DATO] [--status NAVN|all] [--search TEKST] [--limit N]
      skranke-cli orders show ID
      skranke-cli --user MIG orders capture ID [--amount BELØB] [--confirm-early]
      skranke-cli --user MIG orders cancel ID
      skranke-cli --user MIG orders refund ID --amount BELØB
      skranke-cli --user MIG orders retry ID
      skranke-cli --user MIG orders void-cards ID
      skranke-cli --user MIG orders resolve ID --done|--not-done --reason TEKST [--reference REF]
      skranke-cli --user MIG orders status ID... --set NAVN
      skranke-cli --user MIG orders status --add NAVN
      skranke-cli orders statuses
      skranke-cli orders export --csv FIL [--separator S] [--from DATO] [--to DATO] [--status NAVN|all] [--search TEKST]
Webshoppens ordrer (filformat skranke-orders/1). ID er webshoppens ordrenummer, f.eks. WEB-10023, eller Skrankes interne nummer. En fil med blot én fejl importerer intet; en ordre, der allerede er importeret, forbliver uændret. Uden --status viser list og export de ordrer, der endnu ikke er effektueret. Et gatewaykald uden svar forbliver afventende og forespørges igen, men udføres aldrig to gange: retry gør det med det samme.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Receivables</name>
    <message>
        <source>Credit note %1 (credits invoice %2)</source>
        <translation>Kreditnota %1 (krediterer faktura %2)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Draft invoice (id %1)</source>
        <translation>Fakturakladde (id %1)</translation>
    </message>
    <message>
        <source>Debtor %1, dated %2, due %3</source>
        <translation>Debitor %1, dateret %2, forfalder %3</translation>
    </message>
    <message>
        <source>  VAT %1 % of %2: %3</source>
        <translation>  Moms %1 % af %2: %3</translation>
    </message>
    <message>
        <source>  Total %1 %2</source>
        <translation>  I alt %1 %2</translation>
    </message>
    <message>
        <source>  Payment reference %1</source>
        <translation>  Betalingsreference %1</translation>
    </message>
    <message>
        <source>%1  %2  outstanding %3, prepayment %4 %5</source>
        <translation>%1  %2  udestående %3, forudbetaling %4 %5</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Reminders</name>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Reminder number: 1, 2 or 3.</source>
        <translation>Rykkernummer: 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Invoices due up to and including this date.</source>
        <translation>Fakturaer, der forfalder til og med denne dato.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Days of respite after the to date.</source>
        <translation>Dages respit efter til-datoen.</translation>
    </message>
    <message>
        <source>The reminders&apos; date (default: today).</source>
        <translation>Rykkernes dato (standard: i dag).</translation>
    </message>
    <message>
        <source>Days the reminder gives to pay (at least 10).</source>
        <translation>Dage, rykkeren giver til betaling (mindst 10).</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Første debitor-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Sidste debitor-ID.</translation>
    </message>
    <message>
        <source>Only invoices from this till.</source>
        <translation>Kun fakturaer fra denne kasse.</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSE</translation>
    </message>
    <message>
        <source>Reminder fee.</source>
        <translation>Rykkergebyr.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Charge the compensation fee to business debtors.</source>
        <translation>Opkræv kompensationsgebyr hos erhvervsdebitorer.</translation>
    </message>
    <message>
        <source>Interest per month, in percent.</source>
        <translation>Rente pr. måned i procent.</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <source>started-month or exact.</source>
        <translation>started-month eller exact.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MÅDE</translation>
    </message>
    <message>
        <source>Leave out debtors owing less.</source>
        <translation>Udelad debitorer, der skylder mindre.</translation>
    </message>
    <message>
        <source>No interest line below this.</source>
        <translation>Ingen rentelinje under dette.</translation>
    </message>
    <message>
        <source>--interest-mode is started-month or exact, not &quot;%1&quot;.</source>
        <translation>--interest-mode er started-month eller exact, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2: claims %3, fee %4, compensation %5, interest %6, total %7</source>
        <translation>%1 %2: krav %3, gebyr %4, kompensation %5, renter %6, i alt %7</translation>
    </message>
    <message>
        <source>Created %1 reminders.</source>
        <translation>Oprettede %1 rykkere.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>%1  %2  level %3  %4 %5: total %6, due %7</source>
        <translation>%1  %2  niveau %3  %4 %5: i alt %6, forfald %7</translation>
    </message>
    <message>
        <source>The till the reminders are posted in.</source>
        <translation>Den kasse, rykkerne bogføres i.</translation>
    </message>
    <message>
        <source>The reference rate a year, in percent (default: the setting).</source>
        <translation>Referencerenten pr. år i procent (standard: indstillingen).</translation>
    </message>
    <message>
        <source>Write a PDF per reminder and a merged one into this folder.</source>
        <translation>Skriv en PDF pr. rykker og en samlet PDF i denne mappe.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Email each reminder with its PDF to debtors with an address.</source>
        <translation>Send hver rykker med dens PDF pr. e-mail til debitorer med en adresse.</translation>
    </message>
    <message>
        <source>Only this debtor&apos;s reminders (list).</source>
        <translation>Kun denne debitors rykkere (list).</translation>
    </message>
    <message>
        <source>The PDF file to write (pdf).</source>
        <translation>PDF-filen, der skal skrives (pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--user ME] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee A] [--compensation] [--interest-rate PCT_PER_MONTH --interest-mode started-month|exact --reference-rate PCT] [--min-balance A] [--min-interest A] [--pdf-dir DIR] [--email]
       skranke-cli reminders list [--debtor ID]
       skranke-cli reminders pdf NUMBER --out FILE</source>
        <translation>Brug: skranke-cli [--user MIG] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee B] [--compensation] [--interest-rate PCT_PR_MÅNED --interest-mode started-month|exact --reference-rate PCT] [--min-balance B] [--min-interest B] [--pdf-dir MAPPE] [--email]
      skranke-cli reminders list [--debtor ID]
      skranke-cli reminders pdf NUMMER --out FIL</translation>
    </message>
    <message>
        <source>Email is not set up yet; set it with &quot;skranke-cli mail settings --host …&quot;.</source>
        <translation>E-mail er ikke sat op endnu; sæt det op med &quot;skranke-cli mail settings --host …&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Wrote %1 PDF files; print them all from %2.</source>
        <translation>Skrev %1 PDF-filer; udskriv dem alle fra %2.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Sendt pr. e-mail til %1.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2 (kept in the outbox; &quot;skranke-cli mail send --retry-failed&quot; tries again).</source>
        <translation>Ikke sendt til %1: %2 (ligger i udbakken; &quot;skranke-cli mail send --retry-failed&quot; prøver igen).</translation>
    </message>
    <message>
        <source>%1 reminders have no email address; print them.</source>
        <translation>%1 rykkere har ingen e-mailadresse; udskriv dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; er ikke et tal.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Schedule</name>
    <message>
        <source>The first day.</source>
        <translation>Den første dag.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Den sidste dag (højst et år efter den første).</translation>
    </message>
    <message>
        <source>Only the units of this category.</source>
        <translation>Kun enhederne i denne kategori.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>List the units with no bookings in the period too.</source>
        <translation>Vis også enheder uden bookinger i perioden.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli schedule --from DATE --to DATE [--category NAME] [--all]
The booking rows (not cancelled) on each unit that overlap the days from --from to --to.</source>
        <translation>Brug: skranke-cli schedule --from DATO --to DATO [--category NAVN] [--all]
Bookinglinjerne (ikke annullerede) på hver enhed, der overlapper dagene fra --from til --to.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to må ikke ligge før --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Højst %1 dage ad gangen.</translation>
    </message>
    <message>
        <source>No units are in the category &quot;%1&quot;; the categories are: %2.</source>
        <translation>Der er ingen enheder i kategorien &quot;%1&quot;; kategorierne er: %2.</translation>
    </message>
    <message>
        <source>  row %1  booking %2  %3  %4  %5 – %6</source>
        <translation>  linje %1  booking %2  %3  %4  %5 – %6</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ingen kunde)</translation>
    </message>
    <message>
        <source>[overbooked]</source>
        <translation>[overbooket]</translation>
    </message>
    <message>
        <source>  free</source>
        <translation>  ledig</translation>
    </message>
    <message>
        <source>No bookings from %1 to %2.</source>
        <translation>Ingen bookinger fra %1 til %2.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Settle</name>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>First debtor ID (auto).</source>
        <translation>Første debitor-ID (auto).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID (auto).</source>
        <translation>Sidste debitor-ID (auto).</translation>
    </message>
    <message>
        <source>Only debtors whose balance is 0 (auto).</source>
        <translation>Kun debitorer med saldo 0 (auto).</translation>
    </message>
    <message>
        <source>Only payments and invoices exactly alike (auto).</source>
        <translation>Kun betalinger og fakturaer, der er helt ens (auto).</translation>
    </message>
    <message>
        <source>Show what would be settled; write nothing.</source>
        <translation>Vis, hvad der ville blive udlignet; skriv intet.</translation>
    </message>
    <message>
        <source>The payment&apos;s posting ID (match).</source>
        <translation>Betalingens posterings-ID (match).</translation>
    </message>
    <message>
        <source>The invoice number (match).</source>
        <translation>Fakturanummeret (match).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Amount to settle (match).</source>
        <translation>Beløb, der udlignes (match).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>Settlement date (default: today).</source>
        <translation>Udligningsdato (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
       skranke-cli --user ME settle match --payment ID --invoice NUMBER --amount A
       skranke-cli --user ME settle undo SETTLEMENT_ID</source>
        <translation>Brug: skranke-cli --user MIG settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
      skranke-cli --user MIG settle match --payment ID --invoice NUMMER --amount B
      skranke-cli --user MIG settle undo UDLIGNINGS_ID</translation>
    </message>
    <message>
        <source>--debtor-to is before --debtor-from.</source>
        <translation>--debtor-to ligger før --debtor-from.</translation>
    </message>
    <message>
        <source>debtor %1: %2 in %3 settlements</source>
        <translation>debitor %1: %2 i %3 udligninger</translation>
    </message>
    <message>
        <source>Would settle %1 debtors (dry run; nothing written).</source>
        <translation>Ville udligne %1 debitorer (prøvekørsel; intet skrevet).</translation>
    </message>
    <message>
        <source>Settled %1 debtors.</source>
        <translation>Udlignede %1 debitorer.</translation>
    </message>
    <message>
        <source>Settlement %1 made.</source>
        <translation>Udligning %1 foretaget.</translation>
    </message>
    <message>
        <source>Settlement %1 undone.</source>
        <translation>Udligning %1 fortrudt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>&quot;%1&quot; er ikke et ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Till</name>
    <message>
        <source>&quot;%1&quot; is not a positive number.</source>
        <translation>&quot;%1&quot; er ikke et positivt tal.</translation>
    </message>
    <message>
        <source>--tender %1: cash has no reference.</source>
        <translation>--tender %1: cash har ingen reference.</translation>
    </message>
    <message>
        <source>Till %1, receipt %2, %3</source>
        <translation>Kasse %1, bon %2, %3</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>I alt %1 %2</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Kontantafrunding %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2 of %3</source>
        <translation>Moms %1 %: %2 af %3</translation>
    </message>
    <message>
        <source> (given %1, change %2)</source>
        <translation> (modtaget %1, byttepenge %2)</translation>
    </message>
    <message>
        <source>Till %1 (%2) created.</source>
        <translation>Kasse %1 (%2) er oprettet.</translation>
    </message>
    <message>
        <source>shift open, float %1</source>
        <translation>vagt åben, byttepenge %1</translation>
    </message>
    <message>
        <source>no open shift</source>
        <translation>ingen åben vagt</translation>
    </message>
    <message>
        <source>Shift opened on till %1 with a float of %2.</source>
        <translation>Vagt åbnet på kasse %1 med byttepenge på %2.</translation>
    </message>
    <message>
        <source>--amount is what is moved: more than 0.</source>
        <translation>--amount er det, der flyttes: over 0.</translation>
    </message>
    <message>
        <source>%1 put into till %2.</source>
        <translation>%1 lagt i kasse %2.</translation>
    </message>
    <message>
        <source>%1 taken out of till %2.</source>
        <translation>%1 taget ud af kasse %2.</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;LINE_NO|QTY&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 skal være &quot;LINJE_NR|ANTAL&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The till&apos;s name (create).</source>
        <translation>Kassens navn (create).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Only products whose name contains the text, or with this number or EAN (products).</source>
        <translation>Kun varer, hvis navn indeholder teksten, eller med dette nummer eller EAN (products).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>At most this many rows (products, receipts).</source>
        <translation>Højst så mange rækker (products, receipts).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The till&apos;s ref, e.g. K1.</source>
        <translation>Kassens ref, f.eks. K1.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The cash counted in the drawer (shift open).</source>
        <translation>De optalte kontanter i skuffen (shift open).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØB</translation>
    </message>
    <message>
        <source>The cash counted in the drawer, closing the shift (report z).</source>
        <translation>De optalte kontanter i skuffen, som lukker vagten (report z).</translation>
    </message>
    <message>
        <source>An earlier Z report to show again (report z).</source>
        <translation>En tidligere Z-rapport, der skal vises igen (report z).</translation>
    </message>
    <message>
        <source>The receipt&apos;s number on the till (return, receipt pdf).</source>
        <translation>Bonnens nummer på kassen (return, receipt pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Mark the printout as a copy (receipt pdf).</source>
        <translation>Marker udskriften som en kopi (receipt pdf).</translation>
    </message>
    <message>
        <source>First day (receipts).</source>
        <translation>Første dag (receipts).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Last day (receipts).</source>
        <translation>Sidste dag (receipts).</translation>
    </message>
    <message>
        <source>Z report %1, till %2, %3</source>
        <translation>Z-rapport %1, kasse %2, %3</translation>
    </message>
    <message>
        <source>X report, till %1, %2</source>
        <translation>X-rapport, kasse %1, %2</translation>
    </message>
    <message>
        <source>Shift opened %1</source>
        <translation>Vagt åbnet %1</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Salg: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returneringer: %1, %2</translation>
    </message>
    <message>
        <source>Cash rounding: %1</source>
        <translation>Kontantafrunding: %1</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Byttepenge: %1</translation>
    </message>
    <message>
        <source>Cash in: %1</source>
        <translation>Kontant ind: %1</translation>
    </message>
    <message>
        <source>Cash out: %1</source>
        <translation>Kontant ud: %1</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Forventede kontanter: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Optalte kontanter: %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Difference: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z report number.</source>
        <translation>&quot;%1&quot; er ikke et Z-rapportnummer.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to ligger før --from.</translation>
    </message>
    <message>
        <source>(the first %1 receipts; narrow with --from/--to or raise --limit)</source>
        <translation>(de første %1 bonner; afgræns med --from/--to eller hæv --limit)</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;PRODUCT_OR_EAN|QTY[|PRICE[|CARD]]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 skal være &quot;VARE_ELLER_EAN|ANTAL[|PRIS[|KORT]]&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--tender %1 must be &quot;cash|AMOUNT&quot;, &quot;card|AMOUNT[|REFERENCE]&quot;, &quot;value_card|AMOUNT|CARD&quot; or &quot;invoice&quot;, not &quot;%2&quot;.</source>
        <translation>--tender %1 skal være &quot;cash|BELØB&quot;, &quot;card|BELØB[|REFERENCE]&quot;, &quot;value_card|BELØB|KORT&quot; eller &quot;invoice&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cash moved (cash in|out) or paid (payment).</source>
        <translation>Beløbet, der flyttes (cash in|out) eller betales (payment).</translation>
    </message>
    <message>
        <source>Why the cash is moved or the drawer opened (cash in|out, drawer).</source>
        <translation>Hvorfor kontanterne flyttes, eller skuffen åbnes (cash in|out, drawer).</translation>
    </message>
    <message>
        <source>A line: product (EAN, number or ID), quantity and, to override the list price, the price including VAT; a value card may name the card number to put the amount on (sale; repeatable).</source>
        <translation>En linje: vare (EAN, nummer eller ID), antal og, for at tilsidesætte listeprisen, prisen inkl. moms; et værdikort kan angive det kortnummer, beløbet skal sættes på (sale; kan gentages).</translation>
    </message>
    <message>
        <source>PRODUCT|QTY[|PRICE[|CARD]]</source>
        <translation>VARE|ANTAL[|PRIS[|KORT]]</translation>
    </message>
    <message>
        <source>A payment: cash with the amount handed over, card with the amount and the terminal&apos;s reference, a value card with the amount and its number, or invoice for the whole sale to --debtor (sale, return; repeatable).</source>
        <translation>En betaling: kontant (cash) med det modtagne beløb, kort (card) med beløbet og terminalens reference, værdikort (value_card) med beløbet og kortets nummer eller faktura (invoice) for hele salget til --debtor (sale, return; kan gentages).</translation>
    </message>
    <message>
        <source>cash|AMOUNT, card|AMOUNT[|REF], value_card|AMOUNT|CARD or invoice</source>
        <translation>cash|BELØB, card|BELØB[|REF], value_card|BELØB|KORT eller invoice</translation>
    </message>
    <message>
        <source>The debtor the sale is for; needed for an invoice tender (sale, payment).</source>
        <translation>Den debitor, salget gælder; kræves til betalingsmidlet faktura (sale, payment).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An invoice the payment settles and how much of it (payment; repeatable; none: the oldest first).</source>
        <translation>En faktura, betalingen udligner, og hvor meget af den (payment; kan gentages; ingen: de ældste først).</translation>
    </message>
    <message>
        <source>NUMBER|AMOUNT</source>
        <translation>NUMMER|BELØB</translation>
    </message>
    <message>
        <source>The card terminal&apos;s reference (payment).</source>
        <translation>Kortterminalens reference (payment).</translation>
    </message>
    <message>
        <source>How the debtor pays: cash or card (payment).</source>
        <translation>Hvordan debitoren betaler: kontant (cash) eller kort (card) (payment).</translation>
    </message>
    <message>
        <source>cash|card</source>
        <translation>cash|card</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4.</source>
        <translation>Modtog %1 fra %2 (%3) på kasse %4.</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4; %5 stands on the debtor.</source>
        <translation>Modtog %1 fra %2 (%3) på kasse %4; %5 står på debitoren.</translation>
    </message>
    <message>
        <source>Drawer of till %1 opened: %2</source>
        <translation>Skuffen i kasse %1 er åbnet: %2</translation>
    </message>
    <message>
        <source>Value card %1: balance %2 %3</source>
        <translation>Værdikort %1: saldo %2 %3</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover): %1</source>
        <translation>Heraf solgte værdikort (ikke omsætning): %1</translation>
    </message>
    <message>
        <source>Debtor payments, %1: %2</source>
        <translation>Debitorbetalinger, %1: %2</translation>
    </message>
    <message>
        <source>The PDF file to write (receipt pdf, report x|z, payment).</source>
        <translation>PDF-filen, der skal skrives (receipt pdf, report x|z, payment).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME till create REF --name NAME
       skranke-cli till list
       skranke-cli till products [--search TEXT] [--limit N]
       skranke-cli --user ME till shift open --till REF --float AMOUNT
       skranke-cli --user ME till cash in|out --till REF --amount A --reason TEXT
       skranke-cli --user ME till sale --till REF --line &quot;PRODUCT_OR_EAN|QTY[|PRICE]&quot; ... --tender &quot;cash|AMOUNT&quot; --tender &quot;card|AMOUNT[|REFERENCE]&quot; --tender &quot;value_card|AMOUNT|CARD&quot; ...
       skranke-cli --user ME till sale --till REF --debtor ID --line ... --tender invoice
       skranke-cli --user ME till payment --till REF --debtor ID --amount A [--pay-by cash|card] [--reference REF] [--invoice &quot;NUMBER|AMOUNT&quot;] ... [--out FILE]
       skranke-cli --user ME till drawer --till REF --reason TEXT
       skranke-cli till value-card NUMBER
       skranke-cli --user ME till report x --till REF
       skranke-cli --user ME till report z --till REF --counted AMOUNT
       skranke-cli till report z --till REF --number N
       skranke-cli till receipts --till REF [--from DATE] [--to DATE] [--limit N]
       skranke-cli --user ME till return --till REF --receipt N [--line &quot;LINE_NO|QTY&quot;] ... --tender &quot;cash|AMOUNT&quot;|&quot;card|AMOUNT[|REFERENCE]&quot;|&quot;value_card|AMOUNT[|CARD]&quot;
       skranke-cli till receipt pdf --till REF --receipt N --out FILE [--copy]</source>
        <translation>Brug: skranke-cli --user MIG till create REF --name NAVN
      skranke-cli till list
      skranke-cli till products [--search TEKST] [--limit N]
      skranke-cli --user MIG till shift open --till REF --float BELØB
      skranke-cli --user MIG till cash in|out --till REF --amount B --reason TEKST
      skranke-cli --user MIG till sale --till REF --line &quot;VARE_ELLER_EAN|ANTAL[|PRIS]&quot; ... --tender &quot;cash|BELØB&quot; --tender &quot;card|BELØB[|REFERENCE]&quot; --tender &quot;value_card|BELØB|KORT&quot; ...
      skranke-cli --user MIG till sale --till REF --debtor ID --line ... --tender invoice
      skranke-cli --user MIG till payment --till REF --debtor ID --amount B [--pay-by cash|card] [--reference REF] [--invoice &quot;NUMMER|BELØB&quot;] ... [--out FIL]
      skranke-cli --user MIG till drawer --till REF --reason TEKST
      skranke-cli till value-card NUMMER
      skranke-cli --user MIG till report x --till REF
      skranke-cli --user MIG till report z --till REF --counted BELØB
      skranke-cli till report z --till REF --number N
      skranke-cli till receipts --till REF [--from DATO] [--to DATO] [--limit N]
      skranke-cli --user MIG till return --till REF --receipt N [--line &quot;LINJE_NR|ANTAL&quot;] ... --tender &quot;cash|BELØB&quot;|&quot;card|BELØB[|REFERENCE]&quot;|&quot;value_card|BELØB[|KORT]&quot;
      skranke-cli till receipt pdf --till REF --receipt N --out FIL [--copy]</translation>
    </message>
    <message>
        <source>--invoice %1 must be &quot;NUMBER|AMOUNT&quot;, not &quot;%2&quot;.</source>
        <translation>--invoice %1 skal være &quot;NUMMER|BELØB&quot;, ikke &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Users</name>
    <message>
        <source>New PIN for %1: </source>
        <translation>Ny PIN-kode for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Ny adgangskode for %1: </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The user (not for list).</source>
        <translation>Brugeren (ikke ved list).</translation>
    </message>
    <message>
        <source>Display name (add).</source>
        <translation>Vist navn (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>owner, manager, front_desk or a role name (add).</source>
        <translation>owner, manager, front_desk eller et rollenavn (add).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Use a password instead of a PIN.</source>
        <translation>Brug en adgangskode i stedet for en PIN-kode.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME users add LOGIN --name NAME [--role ROLE] [--password]
       skranke-cli users list
       skranke-cli --user ME users passwd|activate|deactivate LOGIN
The new user&apos;s PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
        <translation>Brug: skranke-cli --user MIG users add LOGIN --name NAVN [--role ROLLE] [--password]
      skranke-cli users list
      skranke-cli --user MIG users passwd|activate|deactivate LOGIN
Den nye brugers PIN-kode eller adgangskode kommer fra SKRANKE_NEW_PIN eller en prompt.</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name skal angives.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Tilføjede %1 (%2).</translation>
    </message>
    <message>
        <source>Changed the secret of %1.</source>
        <translation>Koden for %1 er ændret.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 er aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktiveret.</translation>
    </message>
</context>
<context>
    <name>skranke::rights</name>
    <message>
        <source>sell at the till</source>
        <translation>sælge ved kassen</translation>
    </message>
    <message>
        <source>return purchases and refund</source>
        <translation>tage varer retur og refundere</translation>
    </message>
    <message>
        <source>create and edit bookings</source>
        <translation>oprette og rette bookinger</translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <translation>annullere bookinger</translation>
    </message>
    <message>
        <source>cancel bookings that are already billed</source>
        <translation>annullere bookinger, der allerede er faktureret</translation>
    </message>
    <message>
        <source>overbook a resource</source>
        <translation>overbooke en ressource</translation>
    </message>
    <message>
        <source>register debtor payments</source>
        <translation>registrere debitorbetalinger</translation>
    </message>
    <message>
        <source>write off debtor amounts</source>
        <translation>afskrive debitorbeløb</translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation>udstede kreditnotaer</translation>
    </message>
    <message>
        <source>run reminders</source>
        <translation>køre rykkere</translation>
    </message>
    <message>
        <source>capture online payments</source>
        <translation>hæve onlinebetalinger</translation>
    </message>
    <message>
        <source>refund online payments</source>
        <translation>refundere onlinebetalinger</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>ændre indstillinger</translation>
    </message>
    <message>
        <source>manage staff users</source>
        <translation>administrere medarbejdere</translation>
    </message>
    <message>
        <source>create and edit debtors</source>
        <translation>oprette og rette debitorer</translation>
    </message>
    <message>
        <source>create and post invoices</source>
        <translation>oprette og bogføre fakturaer</translation>
    </message>
    <message>
        <source>transfer to accounting and import payouts</source>
        <translation>overføre til bogføring og importere udbetalinger</translation>
    </message>
</context>
</TS>
