<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The first voucher date (vouchers, export, payouts list, balance).</source>
        <translation>Første bilagsdato (vouchers, export, payouts list, balance).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last voucher date, inclusive.</source>
        <translation>Siste bilagsdato, inklusive.</translation>
    </message>
    <message>
        <source>Only vouchers in this state: pending, queued, transferred or failed (vouchers).</source>
        <translation>Bare bilag med denne tilstanden: pending, queued, transferred eller failed (vouchers).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TILSTAND</translation>
    </message>
    <message>
        <source>Only vouchers of this kind: sale, payment, refund, payout or other (vouchers).</source>
        <translation>Bare bilag av denne typen: sale, payment, refund, payout eller other (vouchers).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>With each voucher&apos;s lines (vouchers).</source>
        <translation>Med linjene i hvert bilag (vouchers).</translation>
    </message>
    <message>
        <source>Send to this target instead of the one set up: test or rest (transfer); set the target: test, rest or none (settings).</source>
        <translation>Send til dette målet i stedet for det som er satt opp: test eller rest (transfer); angi målet: test, rest eller none (settings).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>Restart every failed voucher before sending (transfer).</source>
        <translation>Start alle feilede bilag på nytt før sending (transfer).</translation>
    </message>
    <message>
        <source>Mark the pending vouchers dated from DATE for transfer first (transfer).</source>
        <translation>Merk først de ventende bilagene datert fra DATO for overføring (transfer).</translation>
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
        <translation>Kortinnløseren som utbetalingsfilen kommer fra (payouts import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Write the balance report as PDF to FILE (balance).</source>
        <translation>Skriv avstemmingsrapporten som PDF til FIL (balance).</translation>
    </message>
    <message>
        <source>Transfer automatically the vouchers dated from DATE on (settings).</source>
        <translation>Overfør bilag datert fra og med DATO automatisk (settings).</translation>
    </message>
    <message>
        <source>Stop transferring automatically (settings).</source>
        <translation>Slutt å overføre automatisk (settings).</translation>
    </message>
    <message>
        <source>The accounting program&apos;s API; vouchers are POSTed to URL/vouchers (settings).</source>
        <translation>Regnskapsprogrammets API; bilag sendes med POST til URL/vouchers (settings).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The API&apos;s bearer token (settings).</source>
        <translation>API-ets bearer-token (settings).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØKKEL</translation>
    </message>
    <message>
        <source>Seconds to wait for the API (settings).</source>
        <translation>Antall sekunder å vente på API-et (settings).</translation>
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
        <translation>Bruk: skranke-cli --user MEG accounting vouchers [--from DATO --to DATO] [--state TILSTAND] [--category KATEGORI] [--lines]
      skranke-cli accounting show NUMMER
      skranke-cli --user MEG accounting transfer [--target test|rest] [--restart-failed] [--mark-from DATO --mark-to DATO]
      skranke-cli --user MEG accounting restart NUMMER...
      skranke-cli --user MEG accounting export saft|sie4|csv --from DATO --to DATO -o FIL
      skranke-cli --user MEG accounting payouts import FIL [--acquirer NAVN]
      skranke-cli accounting payouts list [--from DATO --to DATO]
      skranke-cli accounting balance --from DATO --to DATO [--pdf FIL]
      skranke-cli accounting mapping show
      skranke-cli --user MEG accounting mapping set ROLLE [KVALIFIKATOR] KONTO
      skranke-cli accounting accounts
      skranke-cli [--user MEG] accounting settings [--target test|rest|none] [--auto-from DATO|--auto-off] [--rest-url URL] [--rest-key NØKKEL] [--rest-timeout S]
Hvert bokført salg og hver bokførte innbetaling, refusjon og utbetaling blir et nummerert bilag i balanse; vouchers, transfer og export lager de manglende først. transfer sender bilagene i kø til regnskapsprogrammet; bilag datert før automatisk overføring startet, venter til de merkes med --mark-from/--mark-to. Et bilag med en konto som ikke er tilordnet, feiler med årsaken: tilordne kontoen (mapping set; en tom KONTO fjerner en tilordning), og start bilaget på nytt (restart).</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetaling</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Innløser</translation>
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
        <translation>Transaksjoner</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ikke koblet</translation>
    </message>
    <message>
        <source>No new payouts in the file.</source>
        <translation>Ingen nye utbetalinger i filen.</translation>
    </message>
    <message>
        <source>Payout %1 was imported before; left as it is.</source>
        <translation>Utbetaling %1 er importert før; den blir stående som den er.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) settle nothing Skranke knows:</source>
        <translation>
            <numerusform>%n transaksjon gjør ikke opp noe Skranke kjenner til:</numerusform>
            <numerusform>%n transaksjoner gjør ikke opp noe Skranke kjenner til:</numerusform>
        </translation>
    </message>
    <message>
        <source>No payouts.</source>
        <translation>Ingen utbetalinger.</translation>
    </message>
    <message>
        <source>Unmatched transactions:</source>
        <translation>Transaksjoner som ikke er koblet:</translation>
    </message>
    <message>
        <source>Balance %1 – %2 (%3)</source>
        <translation>Avstemming %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Sold: %1 (invoices %2, till %3, online orders %4)</source>
        <translation>Solgt: %1 (fakturaer %2, kasse %3, nettordrer %4)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>Bilagsført</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>%1 (no money)</source>
        <translation>%1 (ingen penger)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … og %n til</numerusform>
            <numerusform>  … og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Skrev rapporten til %1.</translation>
    </message>
</context>
<context>
    <name>OrdersText</name>
    <message>
        <source>There is no order &quot;%1&quot;: give the webshop&apos;s order number or Skranke&apos;s internal number.</source>
        <translation>Det finnes ingen ordre «%1»: oppgi nettbutikkens ordrenummer eller Skrankes interne nummer.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountDialog</name>
    <message>
        <source>A&amp;ctive: can be chosen in the mapping</source>
        <translation>&amp;Aktiv: kan velges i kontotilordningen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Legg til en konto</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Endre konto %1</translation>
    </message>
    <message>
        <source>Optional: the standard chart&apos;s number or code</source>
        <translation>Valgfritt: nummeret eller koden i standardkontoplanen</translation>
    </message>
    <message>
        <source>An account keeps its number; add a new one instead.</source>
        <translation>En konto beholder nummeret sitt; legg til en ny i stedet.</translation>
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
        <translation>Gi kontoen et nummer.</translation>
    </message>
    <message>
        <source>Account %1 is already in the chart.</source>
        <translation>Konto %1 finnes allerede i kontoplanen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMapping</name>
    <message>
        <source>Unknown mapping role “%1”: use one of %2.</source>
        <translation>Ukjent tilordningsrolle “%1”: bruk en av %2.</translation>
    </message>
    <message>
        <source>“%1” has one account and takes no qualifier.</source>
        <translation>“%1” har én konto og tar ingen kvalifikator.</translation>
    </message>
    <message>
        <source>Say which one: %1 needs a qualifier.</source>
        <translation>Angi hvilken: %1 krever en kvalifikator.</translation>
    </message>
    <message>
        <source>There is no account %1 in the chart of accounts.</source>
        <translation>Det finnes ingen konto %1 i kontoplanen.</translation>
    </message>
    <message>
        <source>Account %1 is not active.</source>
        <translation>Konto %1 er ikke aktiv.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Salgsinntekt</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>Utgående mva</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Debtors (receivable)</source>
        <translation>Kundefordringer</translation>
    </message>
    <message>
        <source>Value cards sold (liability)</source>
        <translation>Solgte verdikort (gjeld)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Kontantavrunding</translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation>Kortgebyrer</translation>
    </message>
    <message>
        <source>Bank (payouts)</source>
        <translation>Bank (utbetalinger)</translation>
    </message>
    <message>
        <source>Bad debts (write-offs)</source>
        <translation>Tap på fordringer (avskrivninger)</translation>
    </message>
    <message>
        <source>Reminder fees</source>
        <translation>Purregebyrer</translation>
    </message>
    <message>
        <source>Interest on debtors</source>
        <translation>Renter på kundefordringer</translation>
    </message>
    <message>
        <source>Compensation fees</source>
        <translation>Kompensasjonsgebyrer</translation>
    </message>
    <message>
        <source>Cash in/out (counter account)</source>
        <translation>Kontant inn/ut (motkonto)</translation>
    </message>
    <message>
        <source>Cash differences</source>
        <translation>Kassedifferanser</translation>
    </message>
    <message>
        <source>revenue at %1 % VAT</source>
        <translation>salgsinntekt med %1 % mva</translation>
    </message>
    <message>
        <source>revenue of “%1” at %2 % VAT</source>
        <translation>salgsinntekt fra “%1” med %2 % mva</translation>
    </message>
    <message>
        <source>output VAT at %1 %</source>
        <translation>utgående mva %1 %</translation>
    </message>
    <message>
        <source>payment method “%1”</source>
        <translation>betalingsmåte “%1”</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMappingModel</name>
    <message>
        <source>Not mapped</source>
        <translation>Ikke tilordnet</translation>
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
        <translation>Bilag med denne linjen feiler til den har en konto.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <translation>Logg inn for å endre kontotilordningen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingBalanceDocument</name>
    <message>
        <source>Balance report %1 – %2</source>
        <translation>Avstemmingsrapport %1 – %2</translation>
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
        <translation>Kassekvitteringer inkl. returer</translation>
    </message>
    <message>
        <source>Online orders not invoiced (captured − refunded)</source>
        <translation>Nettordrer som ikke er fakturert (trukket − refundert)</translation>
    </message>
    <message>
        <source>Paid (money received)</source>
        <translation>Betalt (mottatte penger)</translation>
    </message>
    <message>
        <source>Sold − paid</source>
        <translation>Solgt − betalt</translation>
    </message>
    <message>
        <source>Vouchered (all vouchers in the period)</source>
        <translation>Bilagsført (alle bilag i perioden)</translation>
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
        <translation>%1 – %2, beløp i %3</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Avstemmingsrapport</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>Bilagsført</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>* Brings no money at the time of sale (a receivable, or paid when the value card was sold); not in the paid total.</source>
        <translation>* Gir ingen penger på salgstidspunktet (en fordring, eller betalt da verdikortet ble solgt); ikke med i betalt totalt.</translation>
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
        <translation>… og %1 til, ikke oppført her (summen nedenfor omfatter alle %2)</translation>
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
        <translation>Velg første dag i perioden.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Velg siste dag i perioden.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutter (%1) før den begynner (%2).</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use saft, sie4 or csv.</source>
        <translation>Ukjent eksportformat “%1”: bruk saft, sie4 eller csv.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Velg filen som skal skrives.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) in the period have lines without an account (%1). Fix the account mapping and restart them, then export again.</source>
        <translation>
            <numerusform>%n bilag i perioden har linjer uten konto (%1). Rett kontotilordningen og start bilaget på nytt, og eksporter så igjen.</numerusform>
            <numerusform>%n bilag i perioden har linjer uten konto (%1). Rett kontotilordningen og start bilagene på nytt, og eksporter så igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Voucher %1 has a line without an account: fix the account mapping and restart it.</source>
        <translation>Bilag %1 har en linje uten konto: rett kontotilordningen og start bilaget på nytt.</translation>
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
        <translation>Innbetalinger</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refusjoner</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>All vouchers</source>
        <translation>Alle bilag</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Avstemmingsrapport</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accounting&lt;/h2&gt;Every posted sale, payment and refund becomes a voucher for the accounting program. Select vouchers and &lt;i&gt;Transfer&lt;/i&gt; to queue them; double-click one to see its accounts.</source>
        <translation>&lt;h2&gt;Regnskap&lt;/h2&gt;Hvert bokført salg og hver bokførte innbetaling og refusjon blir et bilag for regnskapsprogrammet. Velg bilag og &lt;i&gt;Overfør&lt;/i&gt; for å legge dem i kø; dobbeltklikk på et bilag for å se kontoene.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingService</name>
    <message>
        <source>No accounting program is set up to receive vouchers: choose one under Settings → Accounting, or export a file.</source>
        <translation>Ingen regnskapsprogram er satt opp til å ta imot bilag: velg et under Innstillinger → Regnskap, eller eksporter en fil.</translation>
    </message>
    <message>
        <source>Unknown transfer target “%1”.</source>
        <translation>Ukjent overføringsmål “%1”.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsPage</name>
    <message>
        <source>Test accounting program (built in)</source>
        <translation>Testregnskapsprogram (innebygd)</translation>
    </message>
    <message>
        <source>Accounting program&apos;s API (REST)</source>
        <translation>Regnskapsprogrammets API (REST)</translation>
    </message>
    <message>
        <source>Transfer automatical&amp;ly, from</source>
        <translation>Overfør &amp;automatisk, fra</translation>
    </message>
    <message>
        <source>None (export files only)</source>
        <translation>Ingen (bare eksportfiler)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Vouchers dated on or after this date are transferred as they are made. Earlier ones wait until you mark them for transfer.</source>
        <translation>Bilag datert på eller etter denne datoen overføres etter hvert som de lages. Tidligere bilag venter til du merker dem for overføring.</translation>
    </message>
    <message>
        <source>Transfer to accounting</source>
        <translation>Overføring til regnskap</translation>
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
        <translation>API-&amp;nøkkel:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vent på svar i:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsStore</name>
    <message>
        <source>Unknown transfer target “%1”: use %2, or none.</source>
        <translation>Ukjent overføringsmål “%1”: bruk %2, eller none.</translation>
    </message>
    <message>
        <source>Say from which date vouchers are transferred automatically.</source>
        <translation>Angi fra hvilken dato bilag skal overføres automatisk.</translation>
    </message>
    <message>
        <source>Choose where vouchers go before switching on automatic transfer.</source>
        <translation>Velg hvor bilagene skal sendes, før du slår på automatisk overføring.</translation>
    </message>
    <message>
        <source>Give the accounting program&apos;s address, e.g. https://api.example.com/v1, not “%1”.</source>
        <translation>Angi regnskapsprogrammets adresse, f.eks. https://api.example.com/v1, ikke “%1”.</translation>
    </message>
    <message>
        <source>The timeout is 1 to 60 seconds, not %1.</source>
        <translation>Tidsavbruddet er 1 til 60 sekunder, ikke %1.</translation>
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
        <translation>Legg til en ansatt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Brukernavn:</translation>
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
        <translation>Logger inn med:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN-kode eller passord:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De to oppføringene er forskjellige.</translation>
    </message>
</context>
<context>
    <name>skranke::Authenticator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>Det finnes ingen aktiv bruker «%1».</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong attempts. Try again in %3.</source>
        <translation>%1 er sperret etter %2 feil forsøk. Prøv igjen om %3.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Feil PIN-kode.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Feil passord.</translation>
    </message>
    <message>
        <source>%1 %2 is now locked for 5 minutes.</source>
        <translation>%1 %2 er nå sperret i 5 minutter.</translation>
    </message>
    <message>
        <source>%1 Attempts left before the user is locked: %2.</source>
        <translation>%1 Forsøk igjen før brukeren sperres: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::AvailabilityService</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
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
        <translation>, de første %1 vises</translation>
    </message>
    <message>
        <source>Difference / item</source>
        <translation>Differanse / post</translation>
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
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceList</name>
    <message>
        <source>The as-of date is required.</source>
        <translation>Datoen saldoen gjelder per, må oppgis.</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days.</source>
        <translation>Intervallet må være 1 til 365 dager.</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceListDocument</name>
    <message>
        <source>Debtor balance list</source>
        <translation>Kundesaldoliste</translation>
    </message>
    <message>
        <source>As of %1, intervals of %2 days</source>
        <translation>Per %1, intervaller på %2 dager</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalt</translation>
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
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Total, %1 debtors</source>
        <translation>Totalt, %1 kunder</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
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
        <translation>Ikke forfalt</translation>
    </message>
    <message>
        <source>0–%1 days</source>
        <translation>0–%1 dager</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dager</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>Over %1 dager</translation>
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
        <translation>&amp;Spesifisert (i PDF og CSV)</translation>
    </message>
    <message>
        <source>Include &amp;zero balances</source>
        <translation>Ta med saldo &amp;null</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
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
        <translation>Per:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Kunde-ID fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance list&lt;/h2&gt;Who owed what on a date, by how long it was overdue.</source>
        <translation>&lt;h2&gt;Saldoliste&lt;/h2&gt;Hvem skyldte hva på en dato, fordelt på hvor lenge det var forfalt.</translation>
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
        <translation>Lagret: %1.</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Brings no money at the time of sale (a receivable, or paid when the value card was sold); not in the paid total.</source>
        <translation>Gir ingen penger på salgstidspunktet (en fordring, eller betalt da verdikortet ble solgt); ikke med i betalt totalt.</translation>
    </message>
    <message>
        <source>Paid by %1 in the period less what payouts dated in the period paid out.</source>
        <translation>Betalt med %1 i perioden minus det utbetalinger datert i perioden har betalt ut.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ikke utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>Bilagsført</translation>
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
        <translation>Angi første dag.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Angi siste dag.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <source>Orders without a payment</source>
        <translation>Ordrer uten betaling</translation>
    </message>
    <message>
        <source>Online orders in the period whose payment is awaiting or failed, not paid by hand and not invoiced: sold on the web, but no money has come in.</source>
        <translation>Nettordrer i perioden der betalingen er reservert eller mislykket, og som ikke er betalt manuelt eller fakturert: solgt på nett, men ingen penger har kommet inn.</translation>
    </message>
    <message>
        <source>Payments without an order</source>
        <translation>Innbetalinger uten salg</translation>
    </message>
    <message>
        <source>Debtor payments in the period not (fully) settled against an invoice: the customer paid, but nothing has been sold against it. The amount is the open part.</source>
        <translation>Kundeinnbetalinger i perioden som ikke er (helt) utlignet mot en faktura: kunden har betalt, men ingenting er solgt mot innbetalingen. Beløpet er den åpne delen.</translation>
    </message>
    <message>
        <source>Payouts not matched</source>
        <translation>Utbetalinger som ikke er koblet</translation>
    </message>
    <message>
        <source>Transactions in payouts dated in the period that match no order, receipt or till payment.</source>
        <translation>Transaksjoner i utbetalinger datert i perioden som ikke passer til noen ordre, kvittering eller innbetaling i kassen.</translation>
    </message>
    <message>
        <source>Vouchers not transferred</source>
        <translation>Bilag som ikke er overført</translation>
    </message>
    <message>
        <source>Vouchers dated in the period that are pending, queued or failed: the accounting program does not have them yet.</source>
        <translation>Bilag datert i perioden som venter, står i kø eller har feilet: regnskapsprogrammet har dem ikke ennå.</translation>
    </message>
    <message>
        <source>Unmatched payouts, fees</source>
        <translation>Utbetalinger som ikke er koblet, gebyrer</translation>
    </message>
    <message>
        <source>No method given</source>
        <translation>Ingen betalingsmåte oppgitt</translation>
    </message>
    <message>
        <source>The report has no such difference.</source>
        <translation>Rapporten har ingen slik differanse.</translation>
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
        <translation>reservert</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>betalt %1</translation>
    </message>
    <message>
        <source>Payout %1, line %2</source>
        <translation>Utbetaling %1, linje %2</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ingen referanse</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>referanse %1</translation>
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
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lagre &amp;PDF …</translation>
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
        <translation>&lt;b&gt;Differanser&lt;/b&gt; — det som skiller tallene, post for post</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance&lt;/h2&gt;Sold, paid, paid out and transferred to accounting per payment method, and every difference.</source>
        <translation>&lt;h2&gt;Avstemming&lt;/h2&gt;Solgt, betalt, utbetalt og overført til regnskap per betalingsmåte, og hver differanse.</translation>
    </message>
    <message>
        <source>Sold %1 (invoices %2, till %3, online orders %4) · paid %5 · difference %6 · vouchered %7, transferred %8</source>
        <translation>Solgt %1 (fakturaer %2, kasse %3, nettordrer %4) · betalt %5 · differanse %6 · bilagsført %7, overført %8</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret: %1.</translation>
    </message>
    <message>
        <source>Balance report as PDF</source>
        <translation>Avstemmingsrapport som PDF</translation>
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
        <translation>Ikke fullt betalt innen sluttforfallet %1 (betalt %2 av %3); avbestilt av faktureringskjøringen.</translation>
    </message>
    <message>
        <source>Deposit not paid by %1 (paid %2 of %3); cancelled by the billing run.</source>
        <translation>Depositumet ble ikke betalt innen %1 (betalt %2 av %3); avbestilt av faktureringskjøringen.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fakturer</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Purr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbestill</translation>
    </message>
    <message>
        <source>No customer to invoice.</source>
        <translation>Ingen gjest å fakturere.</translation>
    </message>
    <message>
        <source>The run&apos;s date is required.</source>
        <translation>Kjøringens dato må fylles ut.</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
    <message>
        <source>Open &amp;reminders…</source>
        <translation>Åpne &amp;purringer …</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Kjør fakturering</translation>
    </message>
    <message>
        <source>What the bookings&apos; Invoice tabs ask for: an invoice for rows not yet invoiced (emailed when &quot;send invoice&quot; is ticked), cancelling bookings not paid by their due dates (&quot;cancel on missing payment&quot;), and overdue invoices to remind (&quot;generate reminder&quot;). Check the list, then run it.</source>
        <translation>Det fanen Faktura i bookingene ber om: en faktura for linjer som ikke er fakturert ennå (sendes på e-post når «Send faktura» er krysset av), avbestilling av bookinger som ikke er betalt innen forfall («Avbestill ved manglende betaling»), og forfalte fakturaer som skal purres («Lag purring»). Sjekk listen, og kjør den.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Running billing makes invoices: it needs the right &quot;%1&quot;.</source>
        <translation>Fakturering lager fakturaer: det krever rettigheten «%1».</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>%1 invoice(s), %2 cancellation(s), %3 to remind, %4 refused.</source>
        <translation>%1 faktura(er), %2 avbestilling(er), %3 å purre, %4 avvist.</translation>
    </message>
    <message>
        <source>Nothing to do on this date.</source>
        <translation>Ingenting å gjøre på denne datoen.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Utført: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Gjenstår: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDispatch</name>
    <message>
        <source>Emailed to the customer.</source>
        <translation>Sendt til gjesten på e-post.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Ikke sendt på e-post: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunModel</name>
    <message>
        <source>Will be emailed.</source>
        <translation>Sendes på e-post.</translation>
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
        <translation>Gjest</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
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
        <translation>Spedbarn</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name is required.</source>
        <translation>Leverandørens navn må fylles ut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>There is already a supplier named &quot;%1&quot;.</source>
        <translation>Det finnes allerede en leverandør med navnet «%1».</translation>
    </message>
    <message>
        <source>There is no supplier %1.</source>
        <translation>Det finnes ingen leverandør %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>«%1» er ikke en gjestekategori.</translation>
    </message>
    <message>
        <source>A guest category&apos;s key is lower-case letters, digits and _.</source>
        <translation>Nøkkelen til en gjestekategori består av små bokstaver, sifre og _.</translation>
    </message>
    <message>
        <source>The guest category&apos;s name is required.</source>
        <translation>Gjestekategoriens navn må fylles ut.</translation>
    </message>
    <message>
        <source>There is already a guest category &quot;%1&quot;.</source>
        <translation>Det finnes allerede en gjestekategori «%1».</translation>
    </message>
    <message>
        <source>There is no guest category %1.</source>
        <translation>Det finnes ingen gjestekategori %1.</translation>
    </message>
    <message>
        <source>The season ends before it begins.</source>
        <translation>Sesongen slutter før den begynner.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Velg minst én ukedag.</translation>
    </message>
    <message>
        <source>The length is at least 1 and the maximum not below the minimum.</source>
        <translation>Lengden må være minst 1, og maksimum kan ikke være lavere enn minimum.</translation>
    </message>
    <message>
        <source>The quantity is at least 1 and the maximum not below the minimum.</source>
        <translation>Antallet må være minst 1, og maksimum kan ikke være lavere enn minimum.</translation>
    </message>
    <message>
        <source>The maximum number of guests is below the minimum.</source>
        <translation>Maksimalt antall gjester er lavere enn minimum.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A per-guest price names its guest category; other prices do not.</source>
        <translation>En pris per gjest angir gjestekategorien sin; andre priser gjør ikke det.</translation>
    </message>
    <message>
        <source>There is no price rule %1.</source>
        <translation>Det finnes ingen prisregel %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookableSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>New &amp;supplier…</source>
        <translation>Ny &amp;leverandør …</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Ny kate&amp;gori …</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Legg til &amp;regel …</translation>
    </message>
    <message>
        <source>&amp;Retire rule</source>
        <translation>Avv&amp;ikle regel</translation>
    </message>
    <message>
        <source>What makes a product bookable: who supplies it, which guests it takes and its price table. Changes apply at once.</source>
        <translation>Hva som gjør et produkt bookbart: hvem som leverer det, hvilke gjester det tar imot og pristabellen. Endringer gjelder med en gang.</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Leveran&amp;dør:</translation>
    </message>
    <message>
        <source>Guest categories:</source>
        <translation>Gjestekategorier:</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Pristabell</translation>
    </message>
    <message>
        <source>With no rules the product&apos;s own price is the price per night or hour.</source>
        <translation>Uten regler er produktets egen pris prisen per natt eller time.</translation>
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
        <translation>Ank&amp;omst:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntall:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gjester:</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Bare en bruker med rett til å endre innstillinger kan endre dette.</translation>
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
        <translation>Ingen avkrysset: produktet tar imot alle kategorier.</translation>
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
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>New guest category</source>
        <translation>Ny gjestekategori</translation>
    </message>
    <message>
        <source>&amp;Key (a–z, 0–9, _):</source>
        <translation>Nø&amp;kkel (a–z, 0–9, _):</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Avreisen må være etter ankomsten.</translation>
    </message>
    <message>
        <source>Offered price: %1 %2 incl. VAT</source>
        <translation>Tilbudt pris: %1 %2 inkl. mva</translation>
    </message>
    <message>
        <source>No price matches: a booking row needs a manual price.</source>
        <translation>Ingen pris passer: en bestillingslinje trenger en manuell pris.</translation>
    </message>
    <message>
        <source>e.g. 14:50, 3:100</source>
        <translation>f.eks. 14:50, 3:100</translation>
    </message>
    <message>
        <source>Cancelling fewer than DAYS days before arrival costs PERCENT of the price. &quot;14:50, 3:100&quot;: free until 14 days before, 50 % until 3 days before, 100 % after. Empty: free until arrival.</source>
        <translation>Avbestilling mindre enn DAGER dager før ankomst koster PROSENT av prisen. «14:50, 3:100»: gratis frem til 14 dager før, 50 % frem til 3 dager før, 100 % deretter. Tomt: gratis frem til ankomst.</translation>
    </message>
    <message>
        <source>Save terms</source>
        <translation>Lagre vilkår</translation>
    </message>
    <message>
        <source>Cancellation ter&amp;ms:</source>
        <translation>Avbestillings&amp;vilkår:</translation>
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
        <translation>Forretning</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>School or institution</source>
        <translation>Skole eller institusjon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest count (category:number, for example adult:2,child:1).</source>
        <translation>«%1» er ikke et gjesteantall (kategori:antall, for eksempel adult:2,child:1).</translation>
    </message>
</context>
<context>
    <name>skranke::BookingBilling</name>
    <message>
        <source>The deposit is at most 100 % of the booking.</source>
        <translation>Depositumet kan være høyst 100 % av bookingen.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to invoice; choose one on the General tab.</source>
        <translation>Booking %1 har ingen gjest å fakturere; velg en i fanen Generelt.</translation>
    </message>
    <message>
        <source>Booking %1 is set not to be invoiced (Invoice tab).</source>
        <translation>Booking %1 er satt til ikke å faktureres (fanen Faktura).</translation>
    </message>
    <message>
        <source>Booking %1 has no rows to invoice.</source>
        <translation>Booking %1 har ingen linjer å fakturere.</translation>
    </message>
    <message>
        <source>Every row of booking %1 is invoiced already; an unpaid invoice is followed up by a reminder.</source>
        <translation>Alle linjene i booking %1 er allerede fakturert; en ubetalt faktura følges opp med purring.</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Deposit %1 due %2; the rest by %3.</source>
        <translation>Depositum %1 forfaller %2; resten innen %3.</translation>
    </message>
    <message>
        <source>A payment is more than 0.</source>
        <translation>En innbetaling må være over 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalingsdatoen må fylles ut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN.</source>
        <translation>«%1» er ikke et gyldig IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Norwegian account number (11 digits with a valid check digit) or an IBAN.</source>
        <translation>«%1» er ikke et norsk kontonummer (11 sifre med gyldig kontrollsiffer) eller et IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Danish account (reg. no. of 4 digits and an account number of up to 10) or an IBAN.</source>
        <translation>«%1» er ikke en dansk konto (reg.nr. på 4 sifre og et kontonummer på opptil 10) eller et IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IBAN.</source>
        <translation>«%1» er ikke et IBAN.</translation>
    </message>
    <message>
        <source>Choose another booking to transfer the payment to.</source>
        <translation>Velg en annen booking å overføre innbetalingen til.</translation>
    </message>
    <message>
        <source>Booking %1 → %2</source>
        <translation>Booking %1 → %2</translation>
    </message>
    <message>
        <source>Cancellation fee: %1, %2</source>
        <translation>Avbestillingsgebyr: %1, %2</translation>
    </message>
</context>
<context>
    <name>skranke::BookingDispatch</name>
    <message>
        <source>Booking %1 has no invoice yet; generate the invoice first.</source>
        <translation>Booking %1 har ingen faktura ennå; lag fakturaen først.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to send it to.</source>
        <translation>Booking %1 har ingen gjest å sende den til.</translation>
    </message>
    <message>
        <source>%1 has no email address. Add one to the customer, or print the invoice and send it by post.</source>
        <translation>%1 har ingen e-postadresse. Legg inn en hos gjesten, eller skriv ut fakturaen og send den i posten.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Booking %1 har ingen linjer fra en leverandør (som ikke er avbestilt): det er ingenting å rapportere.</translation>
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
        <translation>Hei %1,

Vedlagt er vår rapport om booking %2: linjene dere leverer, med ankomst, avreise, gjester og gjestens kommentar.

Med vennlig hilsen
%3</translation>
    </message>
    <message>
        <source>Booking %1 is not paid in full: %2 of %3 %4 is paid. The payment confirmation goes out when all of it is.</source>
        <translation>Booking %1 er ikke fullt betalt: %2 av %3 %4 er betalt. Betalingsbekreftelsen sendes når alt er betalt.</translation>
    </message>
    <message>
        <source>Payment confirmation for invoice %1 from %2</source>
        <translation>Betalingsbekreftelse for faktura %1 fra %2</translation>
    </message>
    <message>
        <source>Dear %1,

Thank you for your payment. Attached is a copy of invoice %2 for your booking %3, marked paid; %4 is paid in full.

Kind regards
%5</source>
        <translation>Hei %1,

Takk for innbetalingen. Vedlagt er en kopi av faktura %2 for din booking %3, merket som betalt; %4 er fullt betalt.

Med vennlig hilsen
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
        <translation>Hei %1,

Vedlagt er faktura %2 for din booking %3: %4, forfall %5.

Med vennlig hilsen
%6</translation>
    </message>
    <message>
        <source>Row %1 is not in booking %2.</source>
        <translation>Linje %1 er ikke i booking %2.</translation>
    </message>
    <message>
        <source>Row %1 is not cancelled.</source>
        <translation>Linje %1 er ikke avbestilt.</translation>
    </message>
    <message>
        <source>Cancellation in booking %1 from %2</source>
        <translation>Avbestilling i booking %1 fra %2</translation>
    </message>
    <message>
        <source>Hello %1,

Part of booking %2 that you supply is cancelled. Attached are the cancelled rows, with when and why they were cancelled.

Kind regards
%3</source>
        <translation>Hei %1,

En del av booking %2 som dere leverer, er avbestilt. Vedlagt er de avbestilte linjene, med når og hvorfor de ble avbestilt.

Med vennlig hilsen
%3</translation>
    </message>
</context>
<context>
    <name>skranke::BookingRowsModel</name>
    <message>
        <source>Manual price</source>
        <translation>Manuell pris</translation>
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
        <translation>gjentas hver måned</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>oppgjort</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>fakturert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avreise</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gjester</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Pris inkl. mva</translation>
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
        <translation>Det finnes ingen gjest %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (%2).</source>
        <translation>«%1» er ikke et formål (%2).</translation>
    </message>
    <message>
        <source>The final due date is before the deposit&apos;s.</source>
        <translation>Sluttforfallet er før depositumets forfall.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not booked over time; sell it at the till.</source>
        <translation>%1 bookes ikke over tid; selg det i kassen.</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Avreisen må være etter ankomsten.</translation>
    </message>
    <message>
        <source>%1 is booked by night: arrival and departure are dates.</source>
        <translation>%1 bookes per natt: ankomst og avreise er datoer.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Antallet må være minst 1.</translation>
    </message>
    <message>
        <source>A row is cancelled with Cancel, which asks for the reason.</source>
        <translation>En linje avbestilles med Avbestill, som spør etter årsaken.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Antall gjester kan ikke være negativt.</translation>
    </message>
    <message>
        <source>%1 does not take guests of the category %2.</source>
        <translation>%1 tar ikke imot gjester i kategorien %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The parent row must be another row of booking %1.</source>
        <translation>Overordnet linje må være en annen linje i booking %1.</translation>
    </message>
    <message>
        <source>No price in the price table of %1 matches this period, quantity and guests: enter a manual price.</source>
        <translation>Ingen pris i pristabellen for %1 passer til denne perioden, dette antallet og disse gjestene: angi en manuell pris.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Det finnes ingen enhet %1.</translation>
    </message>
    <message>
        <source>That unit is not a unit of %1.</source>
        <translation>Den enheten hører ikke til %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free in this period; tick &quot;Allow overbooking&quot; to book %3.</source>
        <translation>Bare %1 av %2 er ledige i denne perioden; kryss av for «Tillat overbooking» for å booke %3.</translation>
    </message>
    <message>
        <source>%1 is fully booked in this period; tick &quot;Allow overbooking&quot; to book it anyway.</source>
        <translation>%1 er fullbooket i denne perioden; kryss av for «Tillat overbooking» for å booke likevel.</translation>
    </message>
    <message>
        <source>Row %1 is settled and can no longer be changed.</source>
        <translation>Linje %1 er oppgjort og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Linje %1 er avbestilt.</translation>
    </message>
    <message>
        <source>Write what the log should say.</source>
        <translation>Skriv hva som skal stå i loggen.</translation>
    </message>
    <message>
        <source>Booking %1 can be copied when it is fully settled or cancelled; row %2 is neither.</source>
        <translation>Booking %1 kan kopieres når den er helt oppgjort eller avbestilt; linje %2 er ingen av delene.</translation>
    </message>
    <message>
        <source>Lowering the quantity from %1 to %2 cancels %3 units: cancel them with a reason.</source>
        <translation>Å senke antallet fra %1 til %2 avbestiller %3 enheter: avbestill dem med en årsak.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingStore</name>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finnes ingen booking %1.</translation>
    </message>
    <message>
        <source>There is no booking row %1.</source>
        <translation>Det finnes ingen bestillingslinje %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» er ikke en dato og et klokkeslett (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» er ikke en dato (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This product is booked by night: give a date without a time (&quot;%1&quot;).</source>
        <translation>Dette produktet bookes per natt: oppgi en dato uten klokkeslett («%1»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>«%1» er ikke et klokkeslett.</translation>
    </message>
</context>
<context>
    <name>skranke::CancelDialog</name>
    <message numerus="yes">
        <source>%n day(s) before arrival</source>
        <translation>
            <numerusform>%n dag før ankomst</numerusform>
            <numerusform>%n dager før ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>on the arrival day</source>
        <translation>på ankomstdagen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after arrival</source>
        <translation>
            <numerusform>%n dag etter ankomst</numerusform>
            <numerusform>%n dager etter ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Frafall gebyret</translation>
    </message>
    <message>
        <source>Cancel booking row</source>
        <translation>Avbestill bestillingslinje</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avbestill booking</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>Hvorfor avbestilles den? (må fylles ut)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>&amp;Units to cancel:</source>
        <translation>&amp;Enheter som avbestilles:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Gebyr:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsak:</translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Avbestill &amp;linje</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Avbestill &amp;booking</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;hold den</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1: %n row(s) will be cancelled.</source>
        <translation>
            <numerusform>Booking %1: %n linje avbestilles.</numerusform>
            <numerusform>Booking %1: %n linjer avbestilles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to cancel.</source>
        <translation>Det er ingenting igjen å avbestille.</translation>
    </message>
    <message>
        <source>%1 (%2 % of the price, cancelled %3)</source>
        <translation>%1 (%2 % av prisen, avbestilt %3)</translation>
    </message>
    <message>
        <source>No fee (cancelled %1)</source>
        <translation>Ikke noe gebyr (avbestilt %1)</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Ikke noe gebyr</translation>
    </message>
    <message>
        <source>Billed: the purchase stands and only the time is freed. Credit the invoice to pay money back.</source>
        <translation>Fakturert: kjøpet gjelder fortsatt, og bare tiden frigjøres. Krediter fakturaen for å betale pengene tilbake.</translation>
    </message>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv hvorfor den avbestilles: årsaken må fylles ut.</translation>
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
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this booking row?</source>
        <translation>Avbestille denne bestillingslinjen?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel it and its %n part(s)</source>
        <translation>
            <numerusform>Avbestill den med %n tilhørende del</numerusform>
            <numerusform>Avbestill den med %n tilhørende deler</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Avbestill &amp;linje</translation>
    </message>
    <message>
        <source>Only &amp;this row</source>
        <translation>Bare &amp;denne linjen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;hold den</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Booking %1 har ingenting igjen å avbestille.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking %1 with its %n row(s)?</source>
        <translation>
            <numerusform>Avbestille booking %1 med %n linje?</numerusform>
            <numerusform>Avbestille booking %1 med alle %n linjene?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice was for booking %1, which still has %n row(s) booked. Cancel the booking too?</source>
        <translation>
            <numerusform>Fakturaen gjaldt booking %1, som fortsatt har %n linje booket. Avbestille bookingen også?</numerusform>
            <numerusform>Fakturaen gjaldt booking %1, som fortsatt har %n linjer booket. Avbestille bookingen også?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Avbestill boo&amp;king …</translation>
    </message>
    <message>
        <source>Cancellation sent to %1.</source>
        <translation>Avbestillingen er sendt til %1.</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them yourself.</source>
        <translation>%1 har ingen e-postadresse: gi beskjed selv.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Avbestillingen gjelder, men leverandørene har ikke fått beskjed: %1</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationList</name>
    <message>
        <source>The first day is required.</source>
        <translation>Første dag må fylles ut.</translation>
    </message>
    <message>
        <source>The last day is required.</source>
        <translation>Siste dag må fylles ut.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Siste dag (%1) er før den første (%2).</translation>
    </message>
    <message>
        <source>A cancellation list spans at most %1 days; %2 to %3 is %4.</source>
        <translation>En avbestillingsliste dekker høyst %1 dager; %2 til %3 er %4.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gjest</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Suggested fee</source>
        <translation>Foreslått gebyr</translation>
    </message>
    <message>
        <source>Fee waived by</source>
        <translation>Gebyr frafalt av</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListDocument</name>
    <message>
        <source>Cancellations</source>
        <translation>Avbestillinger</translation>
    </message>
    <message>
        <source>Fee of %1 waived by %2.</source>
        <translation>Gebyr på %1 frafalt av %2.</translation>
    </message>
    <message>
        <source>Billed: the purchase stands.</source>
        <translation>Fakturert: kjøpet gjelder fortsatt.</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Uke %1: %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gjest</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Fee (%1)</source>
        <translation>Gebyr (%1)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation>Avbestillinger: %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Waived fees</source>
        <translation>Frafalte gebyrer</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Ingen bookinger ble avbestilt i denne perioden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListModel</name>
    <message>
        <source>Suggested fee %1, waived by %2.</source>
        <translation>Foreslått gebyr %1, frafalt av %2.</translation>
    </message>
    <message>
        <source>The row was billed: the purchase stands.</source>
        <translation>Linjen var fakturert: kjøpet gjelder fortsatt.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gjest</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lagre &amp;PDF …</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Lagre &amp;CSV …</translation>
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
        <translation>&lt;h2&gt;Avbestillinger&lt;/h2&gt;Bestillingslinjer som er avbestilt i perioden, med årsaker og gebyrer.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret: %1.</translation>
    </message>
    <message>
        <source>Cancellations: %1 · units: %2 · fees: %3</source>
        <translation>Avbestillinger: %1 · enheter: %2 · gebyrer: %3</translation>
    </message>
    <message>
        <source> · waived: %1</source>
        <translation> · frafalt: %1</translation>
    </message>
    <message>
        <source>Cancellation list as PDF</source>
        <translation>Avbestillingsliste som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Cancellation list as CSV</source>
        <translation>Avbestillingsliste som CSV</translation>
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
        <translation>En frist er minst 1 dag før ankomst.</translation>
    </message>
    <message>
        <source>A cancellation fee is between 0 and 100 %.</source>
        <translation>Et avbestillingsgebyr er mellom 0 og 100 %.</translation>
    </message>
    <message>
        <source>There are two fees for %1 days before arrival.</source>
        <translation>Det er to gebyrer for %1 dager før ankomst.</translation>
    </message>
    <message>
        <source>The fee cannot fall as arrival comes nearer (%1 days: %2 %, %3 days: %4 %).</source>
        <translation>Gebyret kan ikke synke når ankomsten nærmer seg (%1 dager: %2 %, %3 dager: %4 %).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAYS:PERCENT (e.g. 14:50).</source>
        <translation>«%1» er ikke DAGER:PROSENT (f.eks. 14:50).</translation>
    </message>
    <message>
        <source>Free to cancel until arrival</source>
        <translation>Gratis avbestilling frem til ankomst</translation>
    </message>
    <message numerus="yes">
        <source>free until %n day(s) before arrival</source>
        <translation>
            <numerusform>gratis frem til %n dag før ankomst</numerusform>
            <numerusform>gratis frem til %n dager før ankomst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % until %n day(s) before arrival</source>
        <translation>
            <numerusform>%1 % frem til %n dag før ankomst</numerusform>
            <numerusform>%1 % frem til %n dager før ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % after</source>
        <translation>%1 % deretter</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationService</name>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv hvorfor den avbestilles: årsaken må fylles ut.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled already.</source>
        <translation>Linje %1 er allerede avbestilt.</translation>
    </message>
    <message>
        <source>Row %1 has %2 units: cancel between 1 and %2.</source>
        <translation>Linje %1 har %2 enheter: avbestill mellom 1 og %2.</translation>
    </message>
    <message>
        <source>Row %1 is billed on invoice %2: credit it first (credit note), or ask a user with the right &quot;%3&quot;.</source>
        <translation>Linje %1 er fakturert på faktura %2: krediter den først (kreditnota), eller spør en bruker med rettigheten «%3».</translation>
    </message>
    <message>
        <source>Row %1 is paid: return or credit it first, or ask a user with the right &quot;%2&quot;.</source>
        <translation>Linje %1 er betalt: returner eller krediter den først, eller spør en bruker med rettigheten «%2».</translation>
    </message>
    <message>
        <source>Row %1 is invoiced: only the whole row can be cancelled, after it is credited.</source>
        <translation>Linje %1 er fakturert: bare hele linjen kan avbestilles, etter at den er kreditert.</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Booking %1 har ingenting igjen å avbestille.</translation>
    </message>
    <message>
        <source>Cancelling units lowers the quantity below %1, to at least 1.</source>
        <translation>Avbestilling av enheter senker antallet under %1, til minst 1.</translation>
    </message>
</context>
<context>
    <name>skranke::CapturePolicy</name>
    <message>
        <source>“%1” is not marked delivered.</source>
        <translation>«%1» er ikke merket som levert.</translation>
    </message>
    <message>
        <source>“%1” is delivered from %2.</source>
        <translation>«%1» leveres fra %2.</translation>
    </message>
    <message>
        <source>The goods are not marked ready to ship.</source>
        <translation>Varene er ikke merket som klare til sending.</translation>
    </message>
    <message>
        <source>Capturing now is earlier than the card rules allow. %1</source>
        <translation>Å trekke nå er tidligere enn kortreglene tillater. %1</translation>
    </message>
</context>
<context>
    <name>skranke::CartModel</name>
    <message>
        <source>Price changed from %1</source>
        <translation>Pris endret fra %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>skranke::CatalogService</name>
    <message>
        <source>The item number is required.</source>
        <translation>Varenummeret må fylles ut.</translation>
    </message>
    <message>
        <source>The product name is required.</source>
        <translation>Produktnavnet må fylles ut.</translation>
    </message>
    <message>
        <source>The category is required.</source>
        <translation>Kategorien må fylles ut.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Prisen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1 % is not a VAT rate in %2 (use one of %3).</source>
        <translation>%1 % er ikke en mva-sats i %2 (bruk en av %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN-13 (13 digits with check digit).</source>
        <translation>«%1» er ikke en gyldig EAN-13 (13 sifre med kontrollsiffer).</translation>
    </message>
    <message>
        <source>A bookable product needs a capacity of at least 1.</source>
        <translation>Et bookbart produkt må ha en kapasitet på minst 1.</translation>
    </message>
    <message>
        <source>The resource name is required.</source>
        <translation>Ressursens navn må fylles ut.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not bookable, so it has no resources.</source>
        <translation>%1 kan ikke bookes og har derfor ingen ressurser.</translation>
    </message>
</context>
<context>
    <name>skranke::ChartOfAccounts</name>
    <message>
        <source>An account number is 1 to 10 digits or letters, not “%1”.</source>
        <translation>Et kontonummer består av 1 til 10 sifre eller bokstaver, ikke “%1”.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Gi kontoen et navn.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Eiendel</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Egenkapital</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Inntekt</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Kostnad</translation>
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
        <translation>Nei</translation>
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
        <translation>%1 må være et tidspunkt som 2026-01-31T09:30, ikke «%2».</translation>
    </message>
</context>
<context>
    <name>skranke::CompanyService</name>
    <message>
        <source>The company profile is not set up yet.</source>
        <translation>Virksomhetsprofilen er ikke satt opp ennå.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Virksomhetens navn må fylles ut.</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisasjonsnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (check digit).</source>
        <translation>«%1» er ikke et gyldig %2 (kontrollsiffer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN (check digits).</source>
        <translation>«%1» er ikke et gyldig IBAN (kontrollsifre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>«%1» er ikke en gyldig BIC (8 eller 11 bokstaver og sifre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«%1» er ikke en kjent tidssone.</translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>Logofilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The company profile already exists.</source>
        <translation>Virksomhetsprofilen finnes allerede.</translation>
    </message>
</context>
<context>
    <name>skranke::CompanySettingsPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Virksomhetens &amp;navn:</translation>
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
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Mva-nummer:</translation>
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
        <translation>&amp;E-post:</translation>
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
        <translation>&amp;Tidssone:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
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
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Velg logoen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>You may look at the company profile but not change it: that takes the right &quot;%1&quot;.</source>
        <translation>Du kan se virksomhetsprofilen, men ikke endre den: det krever rettigheten «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not &quot;%1&quot;.</source>
        <translation>Landet må være DK, NO eller SE, ikke «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::CreditNoteDialog</name>
    <message>
        <source>&amp;Whole invoice (what is not credited yet)</source>
        <translation>&amp;Hele fakturaen (det som ikke er kreditert ennå)</translation>
    </message>
    <message>
        <source>An &amp;amount:</source>
        <translation>Et &amp;beløp:</translation>
    </message>
    <message>
        <source>Chosen &amp;lines (quantity to credit):</source>
        <translation>Valgte &amp;linjer (antall som krediteres):</translation>
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
        <translation>Fakturert</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <source>Invoice total %1; not credited yet %2.</source>
        <translation>Fakturaens total %1; ennå ikke kreditert %2.</translation>
    </message>
    <message>
        <source>Give a quantity on at least one line.</source>
        <translation>Oppgi et antall på minst én linje.</translation>
    </message>
</context>
<context>
    <name>skranke::CsvWriter</name>
    <message>
        <source>The separator must be &apos;;&apos;, &apos;,&apos; or tab, not &quot;%1&quot;.</source>
        <translation>Skilletegnet må være &apos;;&apos;, &apos;,&apos; eller tabulator, ikke «%1».</translation>
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
        <translation>&amp;E-post:</translation>
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
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>In&amp;voice remark:</source>
        <translation>Faktura&amp;merknad:</translation>
    </message>
    <message>
        <source>The customer has &amp;no email</source>
        <translation>Gjesten har &amp;ingen e-post</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Gjest %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny gjest</translation>
    </message>
    <message>
        <source>&quot;-&quot; when not known</source>
        <translation>«-» hvis ukjent</translation>
    </message>
    <message>
        <source>printed on the customer&apos;s invoices</source>
        <translation>skrives på gjestens fakturaer</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otater:</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerListModel</name>
    <message>
        <source>(no email)</source>
        <translation>(ingen e-post)</translation>
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
        <translation>E-post</translation>
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
        <translation>Sted</translation>
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
        <translation>Velg gjest</translation>
    </message>
    <message>
        <source>Name, email, address, notes or customer ID</source>
        <translation>Navn, e-post, adresse, notater eller gjeste-ID</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny gjest …</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ingen e-post</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerService</name>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Kundens navn må fylles ut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>The customer is marked as having no email, but one is given.</source>
        <translation>Gjesten er merket uten e-post, men det er oppgitt en.</translation>
    </message>
    <message>
        <source>The customer&apos;s email is required, unless the customer has none.</source>
        <translation>Gjestens e-post må fylles ut, med mindre gjesten ikke har noen.</translation>
    </message>
    <message>
        <source>Address line 1 is required (&quot;-&quot; when it is not known).</source>
        <translation>Adresselinje 1 må fylles ut («-» hvis den er ukjent).</translation>
    </message>
    <message>
        <source>The postcode is required (&quot;-&quot; when it is not known).</source>
        <translation>Postnummeret må fylles ut («-» hvis det er ukjent).</translation>
    </message>
    <message>
        <source>The city is required (&quot;-&quot; when it is not known).</source>
        <translation>Stedet må fylles ut («-» hvis det er ukjent).</translation>
    </message>
    <message>
        <source>The phone number is required (&quot;-&quot; when it is not known).</source>
        <translation>Telefonnummeret må fylles ut («-» hvis det er ukjent).</translation>
    </message>
</context>
<context>
    <name>skranke::CustomersPage</name>
    <message>
        <source>Search email, name, address or notes, or type an ID</source>
        <translation>Søk i e-post, navn, adresse eller notater, eller skriv en ID</translation>
    </message>
    <message>
        <source>&amp;New customer… (Ctrl+N)</source>
        <translation>&amp;Ny gjest … (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Rediger … (Enter)</translation>
    </message>
    <message>
        <source>No customer matches. &quot;New customer…&quot; creates one.</source>
        <translation>Ingen gjest passer. «Ny gjest …» oppretter en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De første %1 vises; skriv mer for å snevre inn.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n gjest</numerusform>
            <numerusform>%n gjester</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>There is no Skranke database at %1. Create one with &quot;skranke-cli init&quot; or &quot;skranke-cli demo&quot;.</source>
        <translation>Det finnes ingen Skranke-database i %1. Opprett en med «skranke-cli init» eller «skranke-cli demo».</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>Kan ikke opprette %1: mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 finnes allerede; den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 finnes allerede; velg en ny fil.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Sikkerhetskopi til %1 mislyktes: %2</translation>
    </message>
</context>
<context>
    <name>skranke::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-31.</source>
        <translation>«%1» er ikke en dato som 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorDialog</name>
    <message>
        <source>Debtor &amp;ID:</source>
        <translation>Kunde-&amp;ID:</translation>
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
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Co&amp;untry (DK, NO, SE, …):</source>
        <translation>&amp;Land (DK, NO, SE, …):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
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
        <translation>&amp;Org.-/mva-nummer:</translation>
    </message>
    <message>
        <source>Business customer (B2B)</source>
        <translation>Bedriftskunde (B2B)</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>next free ID</source>
        <translation>neste ledige ID</translation>
    </message>
    <message>
        <source>The company&apos;s language</source>
        <translation>Virksomhetens språk</translation>
    </message>
    <message>
        <source>days net</source>
        <translation>dager netto</translation>
    </message>
    <message>
        <source>days after the end of the month</source>
        <translation>dager etter månedsslutt</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ingen gruppe)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
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
        <translation>ID-en må være et positivt tall.</translation>
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
        <translation>Forskudd</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorOverviewPage</name>
    <message>
        <source>&amp;Only debtors with outstanding</source>
        <translation>&amp;Bare kunder med utestående</translation>
    </message>
    <message>
        <source>&amp;Hide outstanding = 0</source>
        <translation>&amp;Skjul utestående = 0</translation>
    </message>
    <message>
        <source>Search ID or name…</source>
        <translation>Søk ID eller navn …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Registrer &amp;innbetaling …</translation>
    </message>
    <message>
        <source>Pos&amp;tings</source>
        <translation>Pos&amp;teringer</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Flytt til gruppe …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debtors&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kunder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Utestående %1 · forskudd %2</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Flytt til gruppe</translation>
    </message>
    <message>
        <source>Move %1 marked debtors to the group (type a new name to create it):</source>
        <translation>Flytt %1 merkede kunder til gruppen (skriv et nytt navn for å opprette den):</translation>
    </message>
    <message>
        <source>Export debtors</source>
        <translation>Eksporter kunder</translation>
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
        <translation>Forskudd</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Rename &amp;group…</source>
        <translation>Gi &amp;gruppe nytt navn …</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gi gruppe nytt navn</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorPickDialog</name>
    <message>
        <source>Debtor ID or part of the name</source>
        <translation>Kunde-ID eller del av navnet</translation>
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
        <translation>Sted</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>&amp;New debtor…</source>
        <translation>&amp;Ny kunde …</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>No debtor matches. &quot;New debtor…&quot; creates one.</source>
        <translation>Ingen kunde passer til søket. «Ny kunde …» oppretter en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De første %1 vises; skriv mer for å avgrense.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorService</name>
    <message>
        <source>A debtor needs a name or a company name.</source>
        <translation>En kunde må ha et navn eller et firmanavn.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DK, not &quot;%1&quot;.</source>
        <translation>Landet må være en kode på to bokstaver som DK, ikke «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket må være da, nb, sv eller en, ikke «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN/GLN (13 digits with check digit).</source>
        <translation>«%1» er ikke et gyldig EAN/GLN (13 sifre med kontrollsiffer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid organisation/VAT number for %2 (check digit).</source>
        <translation>«%1» er ikke et gyldig organisasjons-/mva-nummer for %2 (kontrollsiffer).</translation>
    </message>
    <message>
        <source>Payment terms must be 0 to 365 days.</source>
        <translation>Betalingsbetingelser må være 0 til 365 dager.</translation>
    </message>
    <message>
        <source>Debtor ID %1 is taken.</source>
        <translation>Kunde-ID %1 er opptatt.</translation>
    </message>
    <message>
        <source>There is no such debtor group.</source>
        <translation>Kundegruppen finnes ikke.</translation>
    </message>
    <message>
        <source>There is no debtor %1.</source>
        <translation>Det finnes ingen kunde %1.</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>Gruppen må ha et navn.</translation>
    </message>
    <message>
        <source>There is already a group &quot;%1&quot;.</source>
        <translation>Det finnes allerede en gruppe «%1».</translation>
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
        <translation>Innbetaling</translation>
    </message>
    <message>
        <source>Paid by the card capture of online order %1</source>
        <translation>Betalt ved korttrekk på nettordre %1</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensasjon</translation>
    </message>
</context>
<context>
    <name>skranke::DunningRules</name>
    <message>
        <source>The reminder fee cannot be negative.</source>
        <translation>Purregebyret kan ikke være negativt.</translation>
    </message>
    <message>
        <source>A reminder fee of %1 is more than the law allows in %2 (%3).</source>
        <translation>Et purregebyr på %1 er mer enn loven tillater i %2 (%3).</translation>
    </message>
    <message>
        <source>The interest rate cannot be negative.</source>
        <translation>Rentesatsen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>%1 % a month is %2 % a year, more than the reference rate + %3 points (%4 % a year) the law allows.</source>
        <translation>%1 % i måneden er %2 % i året, mer enn referanserenten + %3 prosentpoeng (%4 % i året) som loven tillater.</translation>
    </message>
    <message>
        <source>the invoice did not say that fees may be charged</source>
        <translation>fakturaen opplyste ikke at det kan kreves gebyrer</translation>
    </message>
    <message>
        <source>%1 fee-bearing reminders were already sent on this claim</source>
        <translation>det er allerede sendt %1 purringer med gebyr på dette kravet</translation>
    </message>
    <message>
        <source>the last reminder was only %1 days ago (at least %2)</source>
        <translation>den siste purringen var bare for %1 dager siden (minst %2)</translation>
    </message>
</context>
<context>
    <name>skranke::DunningSettings</name>
    <message>
        <source>The reference rate is a yearly rate in percent; %1 % is more than 100 %.</source>
        <translation>Referanserenten er en årlig sats i prosent; %1 % er mer enn 100 %.</translation>
    </message>
</context>
<context>
    <name>skranke::EmailTextDialog</name>
    <message>
        <source>Placeholders:</source>
        <translation>Plassholdere:</translation>
    </message>
    <message>
        <source>Email with the reminders</source>
        <translation>E-post med purringene</translation>
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
        <translation>Opprett og &amp;send</translation>
    </message>
    <message>
        <source>Each debtor with an email address gets this text with the reminder as a PDF.</source>
        <translation>Hver kunde med e-postadresse får denne teksten med purringen som PDF.</translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation>Emnet må oppgis.</translation>
    </message>
</context>
<context>
    <name>skranke::FileInspector</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Skranke database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 er ikke en Skranke-database (det er ikke en SQLite-fil). Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Skranke database. It was left unchanged.</source>
        <translation>%1 er en SQLite-database fra et annet program, ikke en Skranke-database. Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Skranke (schema %2; this version knows up to %3). Update Skranke to open it. It was left unchanged.</source>
        <translation>%1 er skrevet av en nyere Skranke (skjema %2; denne versjonen kjenner opp til %3). Oppdater Skranke for å åpne den. Den er ikke endret.</translation>
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
        <translation>Databasen er ny. Fortell Skranke om virksomheten, og opprett eieren, som deretter kan legge til de ansatte.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Virksomhetens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;login:</source>
        <translation>Eierens &amp;brukernavn:</translation>
    </message>
    <message>
        <source>Owner&apos;s n&amp;ame:</source>
        <translation>Eierens n&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN-kode (4–8 sifre):</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Gjenta PIN-kode:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>The owner&apos;s name is required.</source>
        <translation>Eierens navn må fylles ut.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-kodene er forskjellige.</translation>
    </message>
</context>
<context>
    <name>skranke::Gateways</name>
    <message>
        <source>Unknown payment gateway &quot;%1&quot;; Skranke knows %2.</source>
        <translation>Ukjent betalingsløsning «%1»; Skranke kjenner %2.</translation>
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
        <translation>Kreditnota %1 (fortsatt)</translation>
    </message>
    <message>
        <source>Invoice %1 (continued)</source>
        <translation>Faktura %1 (fortsatt)</translation>
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
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Mva %1 % av %2</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totalt ekskl. mva</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTALT %1</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged on late payment under the law.</source>
        <translation>Ved for sen betaling kan det kreves purregebyr og renter etter loven.</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Vennligst betal %1 innen %2</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finnes ingen faktura %1.</translation>
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
        <translation>Annen forfallsdato:</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged (printed on the invoice)</source>
        <translation>Purregebyr og renter kan kreves (skrives på fakturaen)</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Enhetspris inkl. mva</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>&amp;Debtor ID:</source>
        <translation>&amp;Kunde-ID:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;dato:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Forfallsdato:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Legg til linje</translation>
    </message>
    <message>
        <source>&amp;Post invoice</source>
        <translation>&amp;Bokfør faktura</translation>
    </message>
    <message>
        <source>(no such debtor)</source>
        <translation>(ingen slik kunde)</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2)</source>
        <translation>Totalt %1 (mva %2)</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Totalt: —</translation>
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
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Debtor / line</source>
        <translation>Kunde / linje</translation>
    </message>
    <message>
        <source>Till / quantity</source>
        <translation>Kasse / antall</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
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
        <translation>Åpne &amp;PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Skriv ut …</translation>
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
        <translation>Velg en faktura, ikke en kreditnota.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
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
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
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
        <translation>Fakturadatoen må fylles ut.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Forfallsdatoen kan ikke være før fakturadatoen.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura må ha minst én linje.</translation>
    </message>
    <message>
        <source>Line %1 needs a text.</source>
        <translation>Linje %1 må ha en tekst.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than 0.</source>
        <translation>Linje %1: antallet må være over 0.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Linje %1: prisen må være i %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 % is not a VAT rate in %3.</source>
        <translation>Linje %1: %2 % er ikke en mva-sats i %3.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be 0 to 100 %.</source>
        <translation>Linje %1: rabatten må være 0 til 100 %.</translation>
    </message>
    <message>
        <source>The total must be more than 0.</source>
        <translation>Totalen må være over 0.</translation>
    </message>
    <message>
        <source>There is no invoice draft %1.</source>
        <translation>Det finnes ingen fakturakladd %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation>Faktura %1 er allerede bokført.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2</source>
        <translation>Kreditnota %1 for faktura %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Invoice %1 is already fully credited.</source>
        <translation>Faktura %1 er allerede kreditert fullt ut.</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice.</source>
        <translation>En kreditnota kan ikke dateres før sin faktura.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløpet må være over 0.</translation>
    </message>
    <message>
        <source>Only %1 of invoice %2 is not credited yet.</source>
        <translation>Bare %1 av faktura %2 er ennå ikke kreditert.</translation>
    </message>
    <message>
        <source>Credit of invoice %1</source>
        <translation>Kreditering av faktura %1</translation>
    </message>
    <message>
        <source>Line %1 has only %2 left to credit.</source>
        <translation>Linje %1 har bare %2 igjen å kreditere.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>Faktura %1 har ingen linje %2.</translation>
    </message>
    <message>
        <source>Nothing is left to credit on those lines.</source>
        <translation>Det er ingenting igjen å kreditere på de linjene.</translation>
    </message>
    <message>
        <source>The first number must be at least 1.</source>
        <translation>Det første nummeret må være minst 1.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finnes ingen faktura %1.</translation>
    </message>
    <message>
        <source>There is no number series &quot;%1&quot;.</source>
        <translation>Det finnes ingen nummerserie «%1».</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is in use or its start was already set; it cannot change.</source>
        <translation>Serien «%1» er i bruk, eller starten er allerede satt; den kan ikke endres.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettings</name>
    <message>
        <source>The FIK creditor number has 8 digits, not &quot;%1&quot;.</source>
        <translation>FIK-kreditornummeret har 8 sifre, ikke «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettingsPage</name>
    <message>
        <source>&amp;Invoicing (debtors, invoices, credit notes, payments)</source>
        <translation>&amp;Fakturering (kunder, fakturaer, kreditnotaer, innbetalinger)</translation>
    </message>
    <message>
        <source>Set &amp;first number…</source>
        <translation>Sett &amp;første nummer …</translation>
    </message>
    <message>
        <source>8 digits, from the bank</source>
        <translation>8 sifre, fra banken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>First invoice number</source>
        <translation>Første fakturanummer</translation>
    </message>
    <message>
        <source>Continue the invoice numbers from %1? This can be set only once, before the first invoice is posted.</source>
        <translation>Fortsette fakturanumrene fra %1? Det kan bare settes én gang, før den første fakturaen bokføres.</translation>
    </message>
    <message>
        <source>The next invoice gets number %1.</source>
        <translation>Den neste fakturaen får nummer %1.</translation>
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
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>The central bank&apos;s reference rate in percent a year (in Denmark Nationalbanken&apos;s lending rate on 1 January and 1 July). Reminder interest may be at most this plus the law&apos;s margin.</source>
        <translation>Sentralbankens referanserente i prosent per år (i Danmark Nationalbankens utlånsrente per 1. januar og 1. juli). Forsinkelsesrenten kan være høyst denne pluss lovens tillegg.</translation>
    </message>
    <message>
        <source>&amp;Reference rate (% a year):</source>
        <translation>&amp;Referanserente (% per år):</translation>
    </message>
</context>
<context>
    <name>skranke::Journal</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>oppføring %1 mangler</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>oppføring %1 følger ikke etter oppføringen før den</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>oppføring %1 er endret etter at den ble skrevet</translation>
    </message>
    <message>
        <source>the triggers that keep the journal immutable were removed</source>
        <translation>triggerne som gjør journalen uforanderlig, er fjernet</translation>
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
        <translation>Bruker</translation>
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
        <translation>&lt;h2&gt;Journal&lt;/h2&gt;Hver endring, hvem som gjorde den og når. Oppføringene er lenket sammen, så en endret eller fjernet oppføring blir funnet.</translation>
    </message>
    <message>
        <source>&amp;Verify journal</source>
        <translation>&amp;Kontroller journal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen er intakt: %1 oppføringer kontrollert.</translation>
    </message>
    <message>
        <source>Journal broken: %1.</source>
        <translation>Journalen er brutt: %1.</translation>
    </message>
</context>
<context>
    <name>skranke::Language</name>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket må være da, nb, sv eller en, ikke «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::LedgerService</name>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløpet må være over 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalingsdatoen må fylles ut.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Innbetaling</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>En avskrivning krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Only %1 is outstanding; a write-off cannot be more.</source>
        <translation>Bare %1 er utestående; en avskrivning kan ikke være større.</translation>
    </message>
    <message>
        <source>There is no posting %1.</source>
        <translation>Det finnes ingen postering %1.</translation>
    </message>
    <message>
        <source>The invoices chosen take %1, more than the payment of %2.</source>
        <translation>De valgte fakturaene tar %1, mer enn innbetalingen på %2.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Datoen må fylles ut.</translation>
    </message>
    <message>
        <source>Posting %1 is not on debtor %2.</source>
        <translation>Postering %1 hører ikke til kunde %2.</translation>
    </message>
    <message>
        <source>Only %1 is open to pay back.</source>
        <translation>Bare %1 er åpent for tilbakebetaling.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
</context>
<context>
    <name>skranke::Letter</name>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Mva-nr. %1</translation>
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
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
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
        <translation>Logg inn — %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
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
        <translation>&amp;Bruker:</translation>
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
        <translation>%1 av %2 sendt; resten venter i utboksen (Innstillinger → E-post): %3</translation>
    </message>
    <message>
        <source>Queued in the outbox, not sent: %1</source>
        <translation>Lagt i utboksen, ikke sendt: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an email address (%2).</source>
        <translation>«%1» er ikke en e-postadresse (%2).</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettings</name>
    <message>
        <source>The mail server (host) is missing.</source>
        <translation>E-postserveren (vert) mangler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>«%1» er ikke et servernavn eller en serveradresse.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not %1.</source>
        <translation>Porten må være mellom 1 og 65535, ikke %1.</translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation>Brukernavnet må stå på én linje.</translation>
    </message>
    <message>
        <source>The password must be on one line.</source>
        <translation>Passordet må stå på én linje.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an email address.</source>
        <translation>Avsenderadressen «%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>The sender name must be on one line.</source>
        <translation>Avsendernavnet må stå på én linje.</translation>
    </message>
    <message>
        <source>Tries per message must be between 1 and 10, not %1.</source>
        <translation>Forsøk per melding må være mellom 1 og 10, ikke %1.</translation>
    </message>
    <message>
        <source>The pause between tries must be between 0 and 60000 ms, not %1.</source>
        <translation>Pausen mellom forsøk må være mellom 0 og 60000 ms, ikke %1.</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettingsPage</name>
    <message>
        <source>Mail &amp;server:</source>
        <translation>E-post&amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Avsender&amp;adresse:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Avsender&amp;navn:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanligvis port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS fra start (vanligvis port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted, local network only (port 25)</source>
        <translation>Ingen: ukryptert, bare lokalt nettverk (port 25)</translation>
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
        <translation>regnskap@example.com</translation>
    </message>
    <message>
        <source>The password is kept as typed in this till&apos;s database file, so that the till can log in to the server. Use a password made for this till (an app password) and keep the file and its backups safe.</source>
        <translation>Passordet lagres slik det ble skrevet inn i denne kassens databasefil, så kassen kan logge på serveren. Bruk et passord laget for denne kassen (et app-passord), og oppbevar filen og sikkerhetskopiene trygt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Send &amp;test-e-post …</translation>
    </message>
    <message>
        <source>The port must be a number such as 587, not &quot;%1&quot;.</source>
        <translation>Porten må være et tall, for eksempel 587, ikke «%1».</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Send test-e-post</translation>
    </message>
    <message>
        <source>Send a test email to:</source>
        <translation>Send en test-e-post til:</translation>
    </message>
    <message>
        <source>Test email from Skranke</source>
        <translation>Test-e-post fra Skranke</translation>
    </message>
    <message>
        <source>This is a test email from Skranke.

If you can read it, the till can send reminders by email through %1.</source>
        <translation>Dette er en test-e-post fra Skranke.

Hvis du kan lese den, kan kassen sende purringer på e-post via %1.</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>Test-e-posten ble sendt til %1.</translation>
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
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Bytt bruker …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
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
        <translation>&lt;h3&gt;Skranke %1&lt;/h3&gt;&lt;p&gt;Kasse og booking for nordiske resepsjoner.&lt;/p&gt;&lt;p&gt;Lisensiert under GNU GPL, versjon 3 eller senere.&lt;/p&gt;</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget inn</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget inn som %1 (%2)</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Utligning</translation>
    </message>
    <message>
        <source>Balance list</source>
        <translation>Saldoliste</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Purringer</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Gjester</translation>
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
        <translation>&amp;Åpne booking …</translation>
    </message>
    <message>
        <source>Open booking</source>
        <translation>Åpne booking</translation>
    </message>
    <message>
        <source>Booking ID:</source>
        <translation>Booking-ID:</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finnes ingen booking %1.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Long-term rentals</source>
        <translation>Langtidsleie</translation>
    </message>
    <message>
        <source>Give every running long-term rental its row and invoice for the month (YYYY-MM):</source>
        <translation>Gi hver løpende langtidsleie linjen og fakturaen for måneden (YYYY-MM):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>«%1» er ikke en måned (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1: %2 rows and %3 invoices made; %4 rentals had the month already.</source>
        <translation>%1: %2 linjer og %3 fakturaer laget; %4 leieforhold hadde allerede måneden.</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Kjør &amp;fakturering …</translation>
    </message>
    <message>
        <source>Run &amp;long-term rentals…</source>
        <translation>Kjør &amp;langtidsleie …</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Avbestillinger</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Nettordrer</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Regnskap</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) transferred to accounting</source>
        <translation>
            <numerusform>%n bilag overført til regnskap</numerusform>
            <numerusform>%n bilag overført til regnskap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed</source>
        <translation>
            <numerusform>%n bilag feilet</numerusform>
            <numerusform>%n bilag feilet</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer to accounting stopped: %1</source>
        <translation>Overføringen til regnskap stoppet: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MappingPage</name>
    <message>
        <source>(not mapped)</source>
        <translation>(ikke tilordnet)</translation>
    </message>
    <message>
        <source>Add accou&amp;nt…</source>
        <translation>Legg til ko&amp;nto …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontoplan</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kontotilordning</translation>
    </message>
    <message>
        <source>The account each kind of amount is booked on. Double-click an account to change it. A voucher with a line that is not mapped fails until the line gets an account.</source>
        <translation>Kontoen hver type beløp bokføres på. Dobbeltklikk på en konto for å endre den. Et bilag med en linje som ikke er tilordnet, feiler til linjen får en konto.</translation>
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
        <translation>Last inn stan&amp;dardkontoplanen for %1</translation>
    </message>
    <message>
        <source>No chart of accounts yet: load the default chart or add accounts, then map each row to an account.</source>
        <translation>Ingen kontoplan ennå: last inn standardkontoplanen eller legg til kontoer, og tilordne så hver rad en konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not mapped.</source>
        <translation>
            <numerusform>%n rad er ikke tilordnet.</numerusform>
            <numerusform>%n rader er ikke tilordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is mapped.</source>
        <translation>Alle rader er tilordnet.</translation>
    </message>
    <message>
        <source>Only users who may change settings can change this.</source>
        <translation>Bare brukere som kan endre innstillinger, kan endre dette.</translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>Du har ikke lov til å endre innstillinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed for a missing mapping. Restart them now?</source>
        <translation>
            <numerusform>%n bilag feilet på grunn av manglende kontotilordning. Starte det på nytt nå?</numerusform>
            <numerusform>%n bilag feilet på grunn av manglende kontotilordning. Starte dem på nytt nå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart vouchers</source>
        <translation>Start bilag på nytt</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n bilag startet på nytt.</numerusform>
            <numerusform>%n bilag startet på nytt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Money</name>
    <message>
        <source>There is nothing to share the amount over.</source>
        <translation>Det er ingenting å fordele beløpet på.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>En andel kan ikke være negativ.</translation>
    </message>
    <message>
        <source>All shares are zero.</source>
        <translation>Alle andeler er null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency Skranke knows.</source>
        <translation>«%1» er ikke en valuta Skranke kjenner.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
    <message>
        <source>has more than one decimal separator</source>
        <translation>har mer enn ett desimaltegn</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not part of a number</source>
        <translation>inneholder «%1», som ikke hører til et tall</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <source>has misplaced thousands separators</source>
        <translation>har tusenskilletegn på feil steder</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>er for stort</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Beløpet er for stort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it %2.</source>
        <translation>«%1» er ikke et beløp: det %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>«%1» har mer enn %2 desimaler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>«%1» er et for stort beløp.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beløp i %1 og %2 kan ikke blandes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (%2).</source>
        <translation>«%1» er ikke en prosentsats (%2).</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>for mange desimaler</translation>
    </message>
    <message>
        <source>The amount would need rounding at %1.</source>
        <translation>Beløpet måtte rundes av ved %1.</translation>
    </message>
    <message>
        <source>The cash rounding step must be more than zero.</source>
        <translation>Trinnet for kontantavrunding må være større enn null.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>En sats kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A rate cannot have zero as its denominator.</source>
        <translation>En sats kan ikke ha null som nevner.</translation>
    </message>
</context>
<context>
    <name>skranke::NetsGateway</name>
    <message>
        <source>The Nets gateway is not set up: enter the address of its payment API (setting orders.nets.url).</source>
        <translation>Nets-betalingsløsningen er ikke satt opp: angi adressen til betalings-API-et (innstillingen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway address &quot;%1&quot; is not an http or https address (setting orders.nets.url).</source>
        <translation>Adressen «%1» til Nets-betalingsløsningen er ikke en http- eller https-adresse (innstillingen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway is not set up: enter its secret key (setting orders.nets.secret_key).</source>
        <translation>Nets-betalingsløsningen er ikke satt opp: angi den hemmelige nøkkelen (innstillingen orders.nets.secret_key).</translation>
    </message>
    <message>
        <source>The Nets secret key contains a line break or another control character.</source>
        <translation>Den hemmelige nøkkelen for Nets inneholder et linjeskift eller et annet kontrolltegn.</translation>
    </message>
    <message>
        <source>The Nets timeout must be a whole number of milliseconds from 1 to %1 (setting orders.nets.timeout_ms).</source>
        <translation>Tidsavbruddet for Nets må være et helt antall millisekunder fra 1 til %1 (innstillingen orders.nets.timeout_ms).</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrderDialog</name>
    <message>
        <source>Value card</source>
        <translation>Verdikort</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Nettordre %1</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>Co&amp;ntents</source>
        <translation>Inn&amp;hold</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Mva-sats</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo nå</translation>
    </message>
    <message>
        <source>Value cards are issued when the payment is captured.</source>
        <translation>Verdikortene utstedes når betalingen trekkes.</translation>
    </message>
    <message>
        <source>Create in&amp;voice…</source>
        <translation>Lag &amp;faktura …</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Utstedte verdikort:</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source>Invoiced: invoice %1</source>
        <translation>Fakturert: faktura %1</translation>
    </message>
    <message>
        <source>Invoice the order&apos;s lines to a debtor; what the card already paid is registered as the debtor&apos;s payment.</source>
        <translation>Fakturer ordrelinjene til en kunde; det som allerede er betalt med kort, registreres som kundens innbetaling.</translation>
    </message>
    <message>
        <source>You lack the right to create invoices.</source>
        <translation>Du har ikke rett til å opprette fakturaer.</translation>
    </message>
    <message>
        <source>Invoice order %1 to</source>
        <translation>Fakturer ordre %1 til</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>Faktura %1 er opprettet</translation>
    </message>
    <message>
        <source>Void value cards…</source>
        <translation>Annuller verdikort …</translation>
    </message>
    <message>
        <source>Voiding value cards needs the right to refund online orders (orders.refund).</source>
        <translation>Å annullere verdikort krever retten til å refundere nettordrer (orders.refund).</translation>
    </message>
    <message>
        <source>Takes what is left on the cards off them, so that it can be refunded to the customer&apos;s card.</source>
        <translation>Tar det som er igjen på kortene av dem, slik at det kan refunderes til kundens kort.</translation>
    </message>
    <message>
        <source>Nothing is left on the cards.</source>
        <translation>Det er ingenting igjen på kortene.</translation>
    </message>
    <message>
        <source>Void value cards</source>
        <translation>Annuller verdikort</translation>
    </message>
    <message>
        <source>Take what is left on the value cards of order %1 off them? The cards can no longer be used, and the amount can then be refunded.</source>
        <translation>Ta det som er igjen på verdikortene til ordre %1 av dem? Kortene kan ikke lenger brukes, og beløpet kan da refunderes.</translation>
    </message>
    <message>
        <source>Order con&amp;firmation…</source>
        <translation>Ordrebekre&amp;ftelse …</translation>
    </message>
    <message>
        <source>Capture the card payment or cancel the reservation first, so the customer is not charged twice.</source>
        <translation>Trekk kortbetalingen eller kanseller reservasjonen først, slik at kunden ikke betaler to ganger.</translation>
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
        <translation>Endre</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Åpne booking %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åpne gjest</translation>
    </message>
    <message>
        <source>%1 — a call to the card gateway is pending</source>
        <translation>%1 — et kall til betalingsløsningen venter på svar</translation>
    </message>
    <message>
        <source>Show the order confirmation the customer got</source>
        <translation>Vis ordrebekreftelsen gjesten fikk</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Åpne ordren</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gjest</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekreftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrdersPage</name>
    <message>
        <source>&lt;h2&gt;Online orders&lt;/h2&gt;Orders from the webshop, newest first. Click a customer to open them, &lt;i&gt;Show&lt;/i&gt; for the confirmation the customer got, &lt;i&gt;Edit&lt;/i&gt; to work on the order.</source>
        <translation>&lt;h2&gt;Nettordrer&lt;/h2&gt;Ordrer fra nettbutikken, nyeste først. Klikk på en gjest for å åpne den, på &lt;i&gt;Vis&lt;/i&gt; for bekreftelsen gjesten fikk, og på &lt;i&gt;Endre&lt;/i&gt; for å behandle ordren.</translation>
    </message>
    <message>
        <source>Order number, customer or email</source>
        <translation>Ordrenummer, gjest eller e-post</translation>
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
        <translation>Sø&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importer ordrer …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Apply to selected</source>
        <translation>&amp;Bruk på valgte</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV …</translation>
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
        <translation>Sett stat&amp;us:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Skillete&amp;gn:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importer ordrer</translation>
    </message>
    <message>
        <source>Sign in to import orders.</source>
        <translation>Logg inn for å importere ordrer.</translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation>Filen inneholder ingen ordrer.</translation>
    </message>
    <message>
        <source>Order files (*.json);;All files (*)</source>
        <translation>Ordrefiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Sett status</translation>
    </message>
    <message>
        <source>Select the orders to move first.</source>
        <translation>Velg først ordrene som skal flyttes.</translation>
    </message>
    <message>
        <source>Sign in to change orders.</source>
        <translation>Logg inn for å endre ordrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) set to %1.</source>
        <translation>
            <numerusform>%n ordre satt til %1.</numerusform>
            <numerusform>%n ordrer satt til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) saved to %1.</source>
        <translation>
            <numerusform>%n ordre lagret i %1.</numerusform>
            <numerusform>%n ordrer lagret i %1.</numerusform>
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
        <translation>Nettordre</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Ordrebekreftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OrderConfirmationDialog</name>
    <message>
        <source>Order confirmation %1</source>
        <translation>Ordrebekreftelse %1</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Ordrebekreftelse</translation>
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
        <translation>Gjest</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totalt inkl. mva</translation>
    </message>
    <message>
        <source>Of which VAT %1 %</source>
        <translation>Herav mva %1 %</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservert</translation>
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
        <translation>Be&amp;talt</translation>
    </message>
    <message>
        <source>Goods ready to s&amp;hip / service delivered</source>
        <translation>Varene er klare til &amp;utsending / tjenesten er levert</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Pa&amp;yment type:</source>
        <translation>&amp;Betalingstype:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Or&amp;dredato:</translation>
    </message>
    <message>
        <source>&amp;Customer name:</source>
        <translation>Gjestens &amp;navn:</translation>
    </message>
    <message>
        <source>Customer &amp;email:</source>
        <translation>Gjestens &amp;e-post:</translation>
    </message>
    <message>
        <source>Customer&apos;s comment:</source>
        <translation>Gjestens kommentar:</translation>
    </message>
    <message>
        <source>&amp;Internal comments:</source>
        <translation>&amp;Interne kommentarer:</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>Sa&amp;mme som fakturaadressen</translation>
    </message>
    <message>
        <source>Copy the billing address to the delivery address</source>
        <translation>Kopier fakturaadressen til leveringsadressen</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>&amp;Fakturaadresse</translation>
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
        <translation>Gateadresse:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Sted:</translation>
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
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Two letters, for example DK, NO or SE</source>
        <translation>To bokstaver, for eksempel DK, NO eller SE</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åpne gjest</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Åpne booking %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The order holds a card reservation: it is paid when the payment is captured (see Payment).</source>
        <translation>Ordren har en kortreservasjon: den er betalt når betalingen trekkes (se Betaling).</translation>
    </message>
    <message>
        <source>Tick when the money has arrived, for example by bank transfer.</source>
        <translation>Kryss av når pengene har kommet inn, for eksempel via bankoverføring.</translation>
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
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Row added</source>
        <translation>Linje lagt til</translation>
    </message>
    <message>
        <source>Row changed</source>
        <translation>Linje endret</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturert</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Innbetaling</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betaling mislyktes</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Fullt betalt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>An invoice is to be &amp;generated</source>
        <translation>Bookingen skal fa&amp;ktureres</translation>
    </message>
    <message>
        <source>Invoice (bank transfer)</source>
        <translation>Faktura (bankoverføring)</translation>
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
        <translation>Betalt i kassen</translation>
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
        <translation>Lag faktura</translation>
    </message>
    <message>
        <source>Generate reminder</source>
        <translation>Lag purring</translation>
    </message>
    <message>
        <source>Settle booking when paid</source>
        <translation>Gjør opp bookingen når den er betalt</translation>
    </message>
    <message>
        <source>Cancel on missing payment</source>
        <translation>Avbestill ved manglende betaling</translation>
    </message>
    <message>
        <source>Deposit due:</source>
        <translation>Forfall depositum:</translation>
    </message>
    <message>
        <source>Final due:</source>
        <translation>Sluttforfall:</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Betalingsmåte:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Forfallsdatoer:</translation>
    </message>
    <message>
        <source>Message on the in&amp;voice:</source>
        <translation>&amp;Melding på fakturaen:</translation>
    </message>
    <message>
        <source>Generate in&amp;voice</source>
        <translation>Lag fak&amp;tura</translation>
    </message>
    <message>
        <source>Manual &amp;payment…</source>
        <translation>Manuell inn&amp;betaling …</translation>
    </message>
    <message>
        <source>Invoice P&amp;DF</source>
        <translation>Faktura-P&amp;DF</translation>
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
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaksjons-ID</translation>
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
        <translation>Av</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Innbetalinger</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Postering</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The booking&apos;s entries on the customer&apos;s debtor account: its invoices and payments.</source>
        <translation>Bookingens posteringer på gjestens kundekonto: fakturaer og innbetalinger.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Write a line in the booking&apos;s log</source>
        <translation>Skriv en linje i bookingens logg</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>&amp;Skriv i loggen</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · to pay %3</source>
        <translation>Totalt %1 · betalt %2 · å betale %3</translation>
    </message>
    <message>
        <source>Deposit %1 % = %2</source>
        <translation>Depositum %1 % = %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is posted, due %3.</source>
        <translation>Faktura %1 på %2 er bokført, forfall %3.</translation>
    </message>
    <message>
        <source>Manual payment, booking %1</source>
        <translation>Manuell innbetaling, booking %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankoverføring</translation>
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
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Betalings&amp;måte:</translation>
    </message>
    <message>
        <source>&amp;Transaction ID / reference:</source>
        <translation>&amp;Transaksjons-ID / referanse:</translation>
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
        <translation>L&amp;injer</translation>
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
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>Cop&amp;y booking</source>
        <translation>Ko&amp;pier booking</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Send &amp;supplier report</source>
        <translation>Send leveran&amp;dørrapport</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Gjest:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Stikkord:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Kampanje:</translation>
    </message>
    <message>
        <source>&amp;Order source:</source>
        <translation>&amp;Ordrekilde:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>&amp;Henvist av:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Fo&amp;rmål:</translation>
    </message>
    <message>
        <source>Customer&apos;s co&amp;mments:</source>
        <translation>Gjestens ko&amp;mmentarer:</translation>
    </message>
    <message>
        <source>Internal &amp;notes:</source>
        <translation>Interne no&amp;tater:</translation>
    </message>
    <message>
        <source>&amp;Add row…</source>
        <translation>Legg til lin&amp;je …</translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>&amp;Endre linje …</translation>
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
        <translation>Booking-ID %1 · opprettet %2 av %3 · oppdatert %4</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>sist sendt %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ikke sendt ennå</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ingen e-post</translation>
    </message>
    <message>
        <source>&lt;i&gt;No customer yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen gjest ennå&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Booking row</source>
        <translation>Bestillingslinje</translation>
    </message>
    <message>
        <source>Row %1 is settled and cannot be changed.</source>
        <translation>Linje %1 er oppgjort og kan ikke endres.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Linje %1 er avbestilt.</translation>
    </message>
    <message>
        <source>Copy booking</source>
        <translation>Kopier booking</translation>
    </message>
    <message>
        <source>Booking %1 is a copy of booking %2.</source>
        <translation>Booking %1 er en kopi av booking %2.</translation>
    </message>
    <message>
        <source>Send latest invoice</source>
        <translation>Send siste faktura</translation>
    </message>
    <message>
        <source>Send payment confirmation</source>
        <translation>Send betalingsbekreftelse</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Refunder …</translation>
    </message>
    <message>
        <source>&amp;Transfer payment…</source>
        <translation>&amp;Overfør innbetaling …</translation>
    </message>
    <message>
        <source>Refund, booking %1</source>
        <translation>Refusjon, booking %1</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>The card it was paid with</source>
        <translation>Kortet det ble betalt med</translation>
    </message>
    <message>
        <source>Reg. no. and account, Norwegian account number, or IBAN</source>
        <translation>Reg.nr. og konto, norsk kontonummer eller IBAN</translation>
    </message>
    <message>
        <source>Refundable: %1</source>
        <translation>Kan refunderes: %1</translation>
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
        <translation>T&amp;ransaksjons-ID:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>The account to pay back to is required.</source>
        <translation>Kontoen det skal betales tilbake til, må fylles ut.</translation>
    </message>
    <message>
        <source>Transfer payment from booking %1</source>
        <translation>Overfør innbetaling fra booking %1</translation>
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
        <translation>Oppgi booking-ID-en innbetalingen skal flyttes til.</translation>
    </message>
    <message>
        <source>Send supplier report &amp;now</source>
        <translation>Send leverandørrapport n&amp;å</translation>
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
        <translation>%1 har ingen e-postadresse: ikke sendt.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>Moved between bookings</source>
        <translation>Flyttet mellom bookinger</translation>
    </message>
    <message>
        <source>Every row is invoiced, and invoice %1 was due %2 and is not paid. Make a reminder for it on the Reminders page?</source>
        <translation>Alle linjer er fakturert, og faktura %1 forfalt %2 og er ikke betalt. Vil du lage en purring for den på siden Purringer?</translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Avbestill boo&amp;king …</translation>
    </message>
    <message>
        <source>Ca&amp;ncel row…</source>
        <translation>&amp;Avbestill linje …</translation>
    </message>
    <message>
        <source>Not saved: lowering the quantity cancels units, and that needs a reason.</source>
        <translation>Ikke lagret: å senke antallet avbestiller enheter, og det krever en årsak.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbakebetaling</translation>
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
        <translation>Leverandørrapport merket som sendt</translation>
    </message>
    <message>
        <source>Suppliers told of cancellation</source>
        <translation>Leverandører varslet om avbestilling</translation>
    </message>
    <message>
        <source>Invoice emailed</source>
        <translation>Faktura sendt på e-post</translation>
    </message>
    <message>
        <source>Payment confirmation emailed</source>
        <translation>Betalingsbekreftelse sendt på e-post</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImport</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen gjest %1.</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finnes ingen booking %1.</translation>
    </message>
    <message>
        <source>The order file was not imported:
%1</source>
        <translation>Ordrefilen ble ikke importert:
%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation>Importmappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Kan ikke flytte %1 til %2.</translation>
    </message>
    <message>
        <source>The order is in %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Ordren er i %1; Skranke fører regnskapet til dette firmaet i %2.</translation>
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
        <translation>et tall</translation>
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
        <translation>%1 må være et objekt { … }, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a list [ … ], not %2.</source>
        <translation>%1 må være en liste [ … ], ikke %2.</translation>
    </message>
    <message>
        <source>%1 is an empty list.</source>
        <translation>%1 er en tom liste.</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2.</source>
        <translation>%1 må være en tekst i anførselstegn, ikke %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 er tom.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 er %2 tegn lang; høyst %3 er tillatt.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 må være en av %2, ikke &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address: it has no &quot;@&quot;.</source>
        <translation>%1 &quot;%2&quot; er ikke en e-postadresse: den har ingen &quot;@&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 må være et heltall, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 må være et heltall fra %2 til %3, ikke %4.</translation>
    </message>
    <message>
        <source>%1 must be written as a string like &quot;1250.00&quot;, not as the number %2: JSON numbers are floating point and can change an amount.</source>
        <translation>%1 må skrives som en tekst, f.eks. &quot;1250.00&quot;, ikke som tallet %2: JSON-tall er flyttall og kan endre et beløp.</translation>
    </message>
    <message>
        <source>%1 must be an amount written as a string like &quot;1250.00&quot;, not %2.</source>
        <translation>%1 må være et beløp skrevet som en tekst, f.eks. &quot;1250.00&quot;, ikke %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be written with a point for decimals and without thousands separators, like &quot;1250.00&quot;.</source>
        <translation>%1 &quot;%2&quot; må skrives med punktum som desimaltegn og uten tusenskilletegn, f.eks. &quot;1250.00&quot;.</translation>
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
        <translation>%1 må skrives som en tekst, f.eks. &quot;25&quot;, ikke som tallet %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage written as a string like &quot;25&quot;, not %2.</source>
        <translation>%1 må være en prosentsats skrevet som en tekst, f.eks. &quot;25&quot;, ikke %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not &quot;%2&quot;.</source>
        <translation>%1 må være en prosentsats fra 0 til 100, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a time with a time zone, like &quot;2026-11-20T14:03:00Z&quot; or &quot;2026-11-20T15:03:00+01:00&quot;, not &quot;%2&quot;.</source>
        <translation>%1 må være et tidspunkt med tidssone, f.eks. &quot;2026-11-20T14:03:00Z&quot; eller &quot;2026-11-20T15:03:00+01:00&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown currency &quot;%2&quot;; use a code such as DKK, NOK, SEK or EUR.</source>
        <translation>%1: ukjent valuta &quot;%2&quot;; bruk en kode som DKK, NOK, SEK eller EUR.</translation>
    </message>
    <message>
        <source>country must be a two-letter country code such as &quot;DK&quot;, not &quot;%1&quot;.</source>
        <translation>country må være en landkode på to bokstaver, f.eks. &quot;DK&quot;, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>customer needs an &quot;id&quot; (a registered customer) or a &quot;name&quot;.</source>
        <translation>customer må ha &quot;id&quot; (en registrert gjest) eller &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Each order line must be an object { … }, not %1.</source>
        <translation>Hver ordrelinje må være et objekt { … }, ikke %1.</translation>
    </message>
    <message>
        <source>The order&apos;s lines add up to too large an amount.</source>
        <translation>Ordrelinjene summerer seg til et for stort beløp.</translation>
    </message>
    <message>
        <source>amount %1 cannot be split evenly into %2 value cards: a value card line issues one card per unit, so its amount must be the card&apos;s value times the quantity.</source>
        <translation>amount %1 kan ikke deles likt på %2 verdikort: en verdikortlinje utsteder ett kort per enhet, så beløpet må være kortets verdi ganger antallet.</translation>
    </message>
    <message>
        <source>A %1 payment goes through no gateway: leave gateway out.</source>
        <translation>En betaling med %1 går ikke gjennom noen betalingsløsning: utelat gateway.</translation>
    </message>
    <message>
        <source>status &quot;failed&quot; is only for payments through a gateway, not %1.</source>
        <translation>status &quot;failed&quot; gjelder bare betalinger gjennom en betalingsløsning, ikke %1.</translation>
    </message>
    <message>
        <source>Nothing is reserved for a %1 payment: reserved must be 0 or left out, not %2.</source>
        <translation>Ingenting reserveres ved betaling med %1: reserved må være 0 eller utelates, ikke %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but a failed payment reserves nothing (0) and the order total is %2.</source>
        <translation>reserved er %1, men en mislykket betaling reserverer ingenting (0), og ordretotalen er %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but the order lines add up to %2; the reservation must equal the order total.</source>
        <translation>reserved er %1, men ordrelinjene summerer seg til %2; reservasjonen må være lik ordretotalen.</translation>
    </message>
    <message>
        <source>The file must be a JSON object with &quot;format&quot; and &quot;orders&quot;, not a list.</source>
        <translation>Filen må være et JSON-objekt med &quot;format&quot; og &quot;orders&quot;, ikke en liste.</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>format må være &quot;%1&quot;, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>orders is missing.</source>
        <translation>orders mangler.</translation>
    </message>
    <message>
        <source>Each order must be an object { … }, not %1.</source>
        <translation>Hver ordre må være et objekt { … }, ikke %1.</translation>
    </message>
    <message>
        <source>external_id &quot;%1&quot; is already used by orders[%2] in this file.</source>
        <translation>external_id &quot;%1&quot; er allerede brukt av orders[%2] i denne filen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at this point or just before it): %1.</source>
        <translation>Filen er ikke gyldig JSON (på dette stedet eller like før): %1.</translation>
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
        <translation>Ordreimporten fra %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importert: %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Finnes allerede: %1</translation>
    </message>
    <message>
        <source>Captured automatically: %1</source>
        <translation>Trukket automatisk: %1</translation>
    </message>
    <message>
        <source>Automatic capture failed: %1</source>
        <translation>Automatisk trekk mislyktes: %1</translation>
    </message>
    <message>
        <source>Order files imported: %1</source>
        <translation>Ordrefiler importert: %1</translation>
    </message>
    <message>
        <source>Order file refused (moved to refused/): %1</source>
        <translation>Ordrefil avvist (flyttet til refused/): %1</translation>
    </message>
</context>
<context>
    <name>skranke::OrderList</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter før den begynner.</translation>
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
        <translation>Nei (%1)</translation>
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
        <translation>Gjest</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
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
        <translation>Nei</translation>
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
        <translation>Trekk &amp;alt</translation>
    </message>
    <message>
        <source>Capture a&amp;mount…</source>
        <translation>Trekk belø&amp;p …</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation</source>
        <translation>Kanseller reser&amp;vasjonen</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder …</translation>
    </message>
    <message>
        <source>Ask the gate&amp;way again</source>
        <translation>Spør betalingsløsningen på n&amp;ytt</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Betalingsløsning:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaksjon:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reserved:</source>
        <translation>Reservert:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Trukket:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Refundert:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Kan refunderes:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Histori&amp;kk:</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>betalt: %1</translation>
    </message>
    <message>
        <source>A %1 of %2 got no answer from the gateway; it is asked again before anything else.</source>
        <translation>Forsøket på å %1 %2 fikk ikke svar fra betalingsløsningen; det spørres på nytt før noe annet gjøres.</translation>
    </message>
    <message>
        <source>You lack the right to take or release card payments.</source>
        <translation>Du har ikke rett til å trekke eller frigi kortbetalinger.</translation>
    </message>
    <message>
        <source>This order was not paid by card.</source>
        <translation>Denne ordren ble ikke betalt med kort.</translation>
    </message>
    <message>
        <source>Only a reservation that is still awaiting can be captured or released.</source>
        <translation>Bare en reservasjon som fortsatt venter, kan trekkes eller frigis.</translation>
    </message>
    <message>
        <source>Refunding needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Refusjon krever rett til å refundere nettordrer (orders.refund); spør en leder.</translation>
    </message>
    <message>
        <source>Nothing captured is left to refund.</source>
        <translation>Det er ikke noe trukket beløp igjen å refundere.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ikke svar ennå</translation>
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
        <translation>Ref. i betalingsløsningen: %1</translation>
    </message>
    <message>
        <source>Captured early, confirmed by %1: %2</source>
        <translation>Trukket tidlig, bekreftet av %1: %2</translation>
    </message>
    <message>
        <source>Capture early</source>
        <translation>Trekk tidlig</translation>
    </message>
    <message>
        <source>Capture anyway? Your name is recorded with it.</source>
        <translation>Trekke likevel? Navnet ditt blir registrert sammen med trekket.</translation>
    </message>
    <message>
        <source>Capture amount</source>
        <translation>Trekk beløp</translation>
    </message>
    <message>
        <source>Capture at most %1. The rest of the reservation is released: it cannot be captured later.</source>
        <translation>Trekk høyst %1. Resten av reservasjonen frigis og kan ikke trekkes senere.</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Kanseller reservasjonen</translation>
    </message>
    <message>
        <source>Release the reservation of %1? The customer is not charged.</source>
        <translation>Frigi reservasjonen på %1? Gjesten blir ikke belastet.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Pay back at most %1 to the customer&apos;s card.</source>
        <translation>Betal tilbake høyst %1 til gjestens kort.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>%1 (%2 released)</source>
        <translation>%1 (%2 frigitt)</translation>
    </message>
    <message>
        <source>Resolve by &amp;hand…</source>
        <translation>Avgjør &amp;manuelt …</translation>
    </message>
    <message>
        <source>When the gateway never answers: record what its own portal shows.</source>
        <translation>Når betalingsløsningen aldri svarer: registrer hva dens egen portal viser.</translation>
    </message>
    <message>
        <source>Needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Krever retten til å refundere nettordrer (orders.refund); spør en leder.</translation>
    </message>
    <message>
        <source>The call to %1 %2</source>
        <translation>Kallet om å %1 %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrderPayments</name>
    <message>
        <source>Order %1 was not paid by card, so there is nothing to %2 at a gateway. Mark it paid when the money has arrived.</source>
        <translation>Ordre %1 ble ikke betalt med kort, så det er ingenting å %2 i en betalingsløsning. Merk den som betalt når pengene har kommet inn.</translation>
    </message>
    <message>
        <source>The gateway declined to %1 %2 on order %3: %4</source>
        <translation>Betalingsløsningen avviste å %1 %2 på ordre %3: %4</translation>
    </message>
    <message>
        <source>The gateway did not answer whether it did %1 %2 on order %3 (%4). It is kept as pending and asked again, with the same key, before anything else is done to the order, so it is never done twice. Try again in a moment.</source>
        <translation>Betalingsløsningen svarte ikke på om den klarte å %1 %2 på ordre %3 (%4). Kallet blir stående som ventende og spørres på nytt, med samme idempotensnøkkel, før noe annet gjøres med ordren, så det aldri utføres to ganger. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>You can refund at most %1 now: the rest is on value cards the order issued. Void the cards first; what is left on them can then be refunded.</source>
        <translation>Du kan høyst refundere %1 nå: resten står på verdikort ordren har utstedt. Annuller kortene først; det som er igjen på dem, kan da refunderes.</translation>
    </message>
    <message>
        <source>Order %1 has no value card with money left on it.</source>
        <translation>Ordre %1 har ikke noe verdikort med penger igjen.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): the customer pays the invoice, so the card is not charged. Cancel the reservation instead.</source>
        <translation>Ordre %1 er fakturert (faktura %2): kunden betaler fakturaen, så kortet belastes ikke. Kanseller reservasjonen i stedet.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): what it paid stands on the debtor. Credit the invoice and pay the credit back from the debtor instead.</source>
        <translation>Ordre %1 er fakturert (faktura %2): det den har betalt, står på kunden. Krediter fakturaen og betal kreditten tilbake fra kunden i stedet.</translation>
    </message>
    <message>
        <source>Order %1 sells value cards: capture all of it, then refund what was not delivered (void the cards first).</source>
        <translation>Ordre %1 selger verdikort: trekk hele beløpet, og refunder deretter det som ikke ble levert (annuller kortene først).</translation>
    </message>
    <message>
        <source>Another call to the gateway for order %1 is under way. Try again in a moment.</source>
        <translation>Et annet kall til betalingsløsningen for ordre %1 pågår. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Say how you know what the gateway did, e.g. &quot;checked in the Nets portal&quot;.</source>
        <translation>Skriv hvordan du vet hva betalingsløsningen gjorde, f.eks. «sjekket i Nets-portalen».</translation>
    </message>
    <message>
        <source>Order %1 has no gateway call waiting for an answer.</source>
        <translation>Ordre %1 har ikke noe kall til betalingsløsningen som venter på svar.</translation>
    </message>
    <message>
        <source>Resolved by hand by %1: %2</source>
        <translation>Avgjort manuelt av %1: %2</translation>
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
        <translation>Bankoverføring</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukjent betalingstype «%1». Bruk en av: %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Angi gjestens navn.</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>Angi ordredatoen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: it is paid when the payment is captured, not by setting the paid flag.</source>
        <translation>Ordre %1 har en kortreservasjon: den blir betalt når betalingen trekkes, ikke ved å krysse av for Betalt.</translation>
    </message>
    <message>
        <source>Enter a name for the status.</source>
        <translation>Angi et navn på statusen.</translation>
    </message>
    <message>
        <source>A status name has at most 40 characters.</source>
        <translation>Et statusnavn kan ha høyst 40 tegn.</translation>
    </message>
    <message>
        <source>There is already a status &quot;%1&quot;.</source>
        <translation>Det finnes allerede en status «%1».</translation>
    </message>
    <message>
        <source>Order %1 is already invoiced (invoice %2).</source>
        <translation>Ordre %1 er allerede fakturert (faktura %2).</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Nettordre %1</translation>
    </message>
    <message>
        <source>Order %1 has nothing to invoice: every line is 0.</source>
        <translation>Ordre %1 har ingenting å fakturere: alle linjene er 0.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: capture it or cancel the reservation before invoicing, so the customer is not charged twice.</source>
        <translation>Ordre %1 har en kortreservasjon: trekk den eller kanseller reservasjonen før du fakturerer, slik at kunden ikke betaler to ganger.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderSettings</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Wait between 1 and 60 seconds for the gateway&apos;s answer.</source>
        <translation>Vent mellom 1 og 60 sekunder på svar fra betalingsløsningen.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderStore</name>
    <message>
        <source>There is no order %1.</source>
        <translation>Det finnes ingen ordre %1.</translation>
    </message>
    <message>
        <source>There is no order status %1.</source>
        <translation>Det finnes ingen ordrestatus %1.</translation>
    </message>
    <message>
        <source>The built-in order status %1 is missing.</source>
        <translation>Den innebygde ordrestatusen %1 mangler.</translation>
    </message>
    <message>
        <source>Not effected</source>
        <translation>Ikke effektuert</translation>
    </message>
    <message>
        <source>Effected</source>
        <translation>Effektuert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
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
        <translation>Nettordre %1 trukket, %2</translation>
    </message>
    <message>
        <source>Online order %1 refunded, %2</source>
        <translation>Nettordre %1 refundert, %2</translation>
    </message>
    <message>
        <source>Payout %1 from %2</source>
        <translation>Utbetaling %1 fra %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrdersSettingsPage</name>
    <message>
        <source>&amp;Capture value-card orders when they are imported</source>
        <translation>&amp;Trekk betalingen for verdikortordrer når de importeres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
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
        <translation>Ordrefiler (*.json) som dukker opp i mappen, importeres og flyttes til undermappen imported/; en fil som ikke kan importeres, flyttes til refused/ med årsakene ved siden av. Kortreglene tillater at et verdikort trekkes med en gang; varer trekkes når de er klare til sending, og tjenester når de er levert.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Nets card gateway</source>
        <translation>Nets-betalingsløsning for kort</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Hemmelig nøkkel:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vent på svar i:</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Ordrestatuser</translation>
    </message>
    <message>
        <source>&amp;Add status…</source>
        <translation>Legg til &amp;status …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (innebygd)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importmappe</translation>
    </message>
    <message>
        <source>Add order status</source>
        <translation>Legg til ordrestatus</translation>
    </message>
    <message>
        <source>Name of the new status:</source>
        <translation>Navn på den nye statusen:</translation>
    </message>
</context>
<context>
    <name>skranke::Outbox</name>
    <message>
        <source>Email is not set up: there is no sender address.</source>
        <translation>E-post er ikke satt opp: det finnes ingen avsenderadresse.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Det finnes ingen melding %1 i utboksen.</translation>
    </message>
</context>
<context>
    <name>skranke::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Utboks</translation>
    </message>
    <message>
        <source>Send &amp;waiting mail</source>
        <translation>Send &amp;ventende e-post</translation>
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
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>All mail has been sent.</source>
        <translation>All e-post er sendt.</translation>
    </message>
    <message numerus="yes">
        <source>%n emails have not been sent yet.</source>
        <translation>
            <numerusform>%n e-post er ikke sendt ennå.</numerusform>
            <numerusform>%n e-poster er ikke sendt ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2. %3</source>
        <translation>Sendte %1 av %2. %3</translation>
    </message>
</context>
<context>
    <name>skranke::ParkedSales</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«%1» mangler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>«%1» er ikke tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>«%1» er ikke et objekt</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>Handlekurven er tom: det er ingenting å parkere.</translation>
    </message>
    <message>
        <source>A parked sale&apos;s label has at most %1 characters.</source>
        <translation>Merknaden på et parkert salg kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Linje %1: prisen må være i %2.</translation>
    </message>
    <message>
        <source>Line %1: a rate with more than 9 decimals cannot be parked.</source>
        <translation>Linje %1: en sats med mer enn 9 desimaler kan ikke parkeres.</translation>
    </message>
    <message>
        <source>There is no parked sale %1.</source>
        <translation>Det finnes ikke noe parkert salg %1.</translation>
    </message>
    <message>
        <source>Parked sale %1 was recalled already, by %2.</source>
        <translation>Parkert salg %1 er allerede hentet, av %2.</translation>
    </message>
    <message>
        <source>Parked sale %1 cannot be recalled: its cart is damaged (%2).</source>
        <translation>Parkert salg %1 kan ikke hentes: handlekurven er skadet (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» er ikke et heltall</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>a cart format this version does not know</source>
        <translation>et handlekurvformat som denne versjonen ikke kjenner</translation>
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
        <translation>Innbetaling fra %1</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
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
        <translation>&amp;Referanse:</translation>
    </message>
    <message>
        <source>Outstanding: %1. Tick the invoices the payment is for; with none ticked it settles the oldest first. What is left stands on the debtor as a remaining amount.</source>
        <translation>Utestående: %1. Huk av fakturaene innbetalingen gjelder; uten avhuking utligner den de eldste først. Resten står på kunden som restbeløp.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Utlign</translation>
    </message>
    <message>
        <source>Payment from %1 at till %2</source>
        <translation>Innbetaling fra %1 i kasse %2</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>Betalings&amp;måte:</translation>
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
        <translation>Betalingen kan ikke trekkes: den er %1. Bare en reservert betaling som venter på trekk, kan trekkes, og bare én gang.</translation>
    </message>
    <message>
        <source>The amount to capture must be more than 0.</source>
        <translation>Beløpet som skal trekkes, må være mer enn 0.</translation>
    </message>
    <message>
        <source>You can capture at most the reserved amount, %1.</source>
        <translation>Du kan høyst trekke det reserverte beløpet, %1.</translation>
    </message>
    <message>
        <source>The reservation cannot be cancelled: the payment is %1. Only a reservation awaiting capture can be cancelled; a captured payment is refunded instead.</source>
        <translation>Reservasjonen kan ikke kanselleres: betalingen er %1. Bare en reservasjon som venter på trekk, kan kanselleres; en trukket betaling refunderes i stedet.</translation>
    </message>
    <message>
        <source>Nothing can be refunded: the payment is %1. Only a captured payment can be refunded.</source>
        <translation>Ingenting kan refunderes: betalingen er %1. Bare en trukket betaling kan refunderes.</translation>
    </message>
    <message>
        <source>The amount to refund must be more than 0.</source>
        <translation>Beløpet som skal refunderes, må være mer enn 0.</translation>
    </message>
    <message>
        <source>You can refund at most %1: %2 was captured and %3 is already refunded.</source>
        <translation>Du kan høyst refundere %1: %2 ble trukket, og %3 er allerede refundert.</translation>
    </message>
    <message>
        <source>Unknown payment state &quot;%1&quot;.</source>
        <translation>Ukjent betalingsstatus «%1».</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>reservert</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottatt</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refundert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kansellert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykket</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>trekke</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>kansellere</translation>
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
        <translation>Betalingsbetingelser er «net» eller «end_of_month», ikke «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutCsv</name>
    <message>
        <source>A quoted field starts here and is never closed.</source>
        <translation>Et felt i anførselstegn begynner her og avsluttes aldri.</translation>
    </message>
    <message>
        <source>The payout id is missing.</source>
        <translation>Utbetalings-ID-en mangler.</translation>
    </message>
    <message>
        <source>The payout id is longer than %1 characters.</source>
        <translation>Utbetalings-ID-en er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <source>The currency is missing; it must be %1.</source>
        <translation>Valutaen mangler; den må være %1.</translation>
    </message>
    <message>
        <source>The currency is %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Valutaen er %1; Skranke fører regnskapet for denne virksomheten i %2.</translation>
    </message>
    <message>
        <source>The type is &quot;%1&quot;; it must be &quot;transaction&quot; or &quot;fee&quot;.</source>
        <translation>Typen er «%1»; den må være «transaction» eller «fee».</translation>
    </message>
    <message>
        <source>A transaction needs its reference.</source>
        <translation>En transaksjon må ha referanse.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>Referansen er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <source>The fee is negative; fees are written as positive amounts.</source>
        <translation>Gebyret er negativt; gebyrer skrives som positive beløp.</translation>
    </message>
    <message>
        <source>A transaction&apos;s amount cannot be 0.</source>
        <translation>Beløpet for en transaksjon kan ikke være 0.</translation>
    </message>
    <message>
        <source>A transaction needs its amount.</source>
        <translation>En transaksjon må ha beløp.</translation>
    </message>
    <message>
        <source>A fee row has no amount (leave it empty or 0); write the fee in the fee column.</source>
        <translation>En gebyrrad har ikke beløp (la det stå tomt eller 0); skriv gebyret i gebyrkolonnen.</translation>
    </message>
    <message>
        <source>A fee row needs a fee above 0.</source>
        <translation>En gebyrrad må ha et gebyr over 0.</translation>
    </message>
    <message>
        <source>The date is missing (write it as yyyy-mm-dd).</source>
        <translation>Datoen mangler (skriv den som yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation>«%1» er ikke en dato; skriv den som yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Payout %1 is dated %2 on line %3, here %4; all its rows must have the same payout_date.</source>
        <translation>Utbetaling %1 er datert %2 på linje %3, her %4; alle radene må ha samme payout_date.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 on line %3, here in %4; all its rows must have the same currency.</source>
        <translation>Utbetaling %1 er i %2 på linje %3, her i %4; alle radene må ha samme valuta.</translation>
    </message>
    <message>
        <source>Payout %1 adds up to too large an amount.</source>
        <translation>Utbetaling %1 summerer seg til et for stort beløp.</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data); a settlement report is CSV text in UTF-8.</source>
        <translation>Filen er ikke en tekstfil (den inneholder binærdata); en oppgjørsrapport er CSV-tekst i UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the settlement report as CSV in UTF-8.</source>
        <translation>Filen er ikke UTF-8-tekst; lagre oppgjørsrapporten som CSV i UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The header names column &quot;%1&quot; twice.</source>
        <translation>Overskriftsraden har kolonnen «%1» to ganger.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>Overskriftsraden har ingen kolonne «%1».</translation>
    </message>
    <message>
        <source>A settlement report&apos;s header names the columns %1.</source>
        <translation>Overskriftsraden i en oppgjørsrapport har kolonnene %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har en overskriftsrad, men ingen rader.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Raden har %1 felt; overskriftsraden har %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… og %n problem til.</numerusform>
            <numerusform>… og %n problemer til.</numerusform>
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
        <translation>Utbetaling %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout %1&lt;/b&gt; from %2, paid out %3&lt;br&gt;Gross %4 − fees %5 = &lt;b&gt;net %6&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utbetaling %1&lt;/b&gt; fra %2, utbetalt %3&lt;br&gt;Brutto %4 − gebyrer %5 = &lt;b&gt;netto %6&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) not matched to a payment in Skranke.</source>
        <translation>
            <numerusform>%n transaksjon er ikke koblet til en betaling i Skranke.</numerusform>
            <numerusform>%n transaksjoner er ikke koblet til en betaling i Skranke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Koblet</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Ikke koblet</translation>
    </message>
    <message>
        <source>No order, till receipt or till payment in Skranke has this reference. Use “Match again” on the Payouts page once the payment is here.</source>
        <translation>Ingen ordre, kassekvittering eller innbetaling i kassen i Skranke har denne referansen. Bruk “Koble på nytt” på siden Utbetalinger når betalingen er kommet.</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutImport</name>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Oppgi kortinnløseren som oppgjørsrapporten kommer fra.</translation>
    </message>
    <message>
        <source>The settlement report %1 was not imported:
%2</source>
        <translation>Oppgjørsrapporten %1 ble ikke importert:
%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Det finnes ingen fil %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutListModel</name>
    <message numerus="yes">
        <source>%n transaction(s) of this payout are not matched to a payment in Skranke. Open the payout to see them.</source>
        <translation>
            <numerusform>%n transaksjon i denne utbetalingen er ikke koblet til en betaling i Skranke. Åpne utbetalingen for å se den.</numerusform>
            <numerusform>%n transaksjoner i denne utbetalingen er ikke koblet til en betaling i Skranke. Åpne utbetalingen for å se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher has been made for this payout yet.</source>
        <translation>Det er ikke laget noe bilag for denne utbetalingen ennå.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetaling</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Innløser</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksjoner</translation>
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
        <translation>Ikke koblet</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutStore</name>
    <message>
        <source>There is no payout %1.</source>
        <translation>Det finnes ingen utbetaling %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Return receipt %1-%2</source>
        <translation>Returkvittering %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2</source>
        <translation>Kvittering %1-%2</translation>
    </message>
    <message>
        <source>Till payment %1, debtor %2 %3</source>
        <translation>Innbetaling %1 i kassen, kunde %2 %3</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutsPage</name>
    <message>
        <source>&lt;h2&gt;Payouts&lt;/h2&gt;What the card acquirer paid into the bank, newest first: the card payments each payout settles, less the acquirer&apos;s fees. Import the acquirer&apos;s settlement report to add payouts; open one to see its transactions.</source>
        <translation>&lt;h2&gt;Utbetalinger&lt;/h2&gt;Det kortinnløseren har betalt inn i banken, nyeste først: kortbetalingene hver utbetaling gjør opp, minus innløserens gebyrer. Importer innløserens oppgjørsrapport for å legge til utbetalinger; åpne en utbetaling for å se transaksjonene.</translation>
    </message>
    <message>
        <source>Payout id, acquirer or transaction reference</source>
        <translation>Utbetalings-ID, innløser eller transaksjonsreferanse</translation>
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
        <translation>Sø&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Import settlement report…</source>
        <translation>&amp;Importer oppgjørsrapport …</translation>
    </message>
    <message>
        <source>&amp;Match again</source>
        <translation>&amp;Koble på nytt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Look again for the payments of the transactions not matched yet</source>
        <translation>Let på nytt etter betalingene for transaksjonene som ikke er koblet ennå</translation>
    </message>
    <message>
        <source>The card acquirer the settlement report is from</source>
        <translation>Kortinnløseren som oppgjørsrapporten kommer fra</translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation>In&amp;nløser:</translation>
    </message>
    <message>
        <source>Import settlement report</source>
        <translation>Importer oppgjørsrapport</translation>
    </message>
    <message>
        <source>Sign in to import settlement reports.</source>
        <translation>Logg inn for å importere oppgjørsrapporter.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payout(s): %1.</source>
        <translation>
            <numerusform>Importerte %n utbetaling: %1.</numerusform>
            <numerusform>Importerte %n utbetalinger: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported before, left as they were: %1.</source>
        <translation>Allerede importert tidligere, ikke endret: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) are not matched to a payment in Skranke; they are shown under Unmatched.</source>
        <translation>
            <numerusform>%n transaksjon er ikke koblet til en betaling i Skranke; den vises under Ikke koblet.</numerusform>
            <numerusform>%n transaksjoner er ikke koblet til en betaling i Skranke; de vises under Ikke koblet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Oppgi kortinnløseren som oppgjørsrapporten kommer fra.</translation>
    </message>
    <message>
        <source>Import settlement report from %1</source>
        <translation>Importer oppgjørsrapport fra %1</translation>
    </message>
    <message>
        <source>Settlement reports (*.csv *.txt);;All files (*)</source>
        <translation>Oppgjørsrapporter (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Koble på nytt</translation>
    </message>
    <message>
        <source>Sign in to match payouts.</source>
        <translation>Logg inn for å koble utbetalinger.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) matched to their payment.</source>
        <translation>
            <numerusform>%n transaksjon koblet til betalingen sin.</numerusform>
            <numerusform>%n transaksjoner koblet til betalingen sin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new payments found for the unmatched transactions.</source>
        <translation>Fant ingen nye betalinger for transaksjonene som ikke er koblet.</translation>
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
        <translation>Innbetaling</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation fee</source>
        <translation>Kompensasjonsgebyr</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
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
        <translation>&amp;Avskriv …</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Utestående %1 · forskudd %2</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Avskriv</translation>
    </message>
    <message>
        <source>Amount to write off:</source>
        <translation>Beløp som avskrives:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Begrunnelse (må fylles ut):</translation>
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
        <translation>Sesong:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Ukedager:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>Ti&amp;mer:</translation>
    </message>
    <message>
        <source>&amp;Nights:</source>
        <translation>&amp;Netter:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antall:</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>&amp;Gjester:</translation>
    </message>
    <message>
        <source>&amp;Price per:</source>
        <translation>&amp;Pris per:</translation>
    </message>
    <message>
        <source>Guest &amp;category:</source>
        <translation>Gjeste&amp;kategori:</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT (%1):</source>
        <translation>&amp;Beløp inkl. mva (%1):</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>Each night or hour is priced by the matching rule of the highest priority, then the shortest season, then the newest.</source>
        <translation>Hver natt eller time prises etter den passende regelen med høyest prioritet, deretter den korteste sesongen, deretter den nyeste.</translation>
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
        <translation>Per booking</translation>
    </message>
    <message>
        <source>Per night</source>
        <translation>Per natt</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per time</translation>
    </message>
    <message>
        <source>Per stay</source>
        <translation>Per opphold</translation>
    </message>
    <message>
        <source>Per guest</source>
        <translation>Per gjest</translation>
    </message>
    <message>
        <source>Per guest and night</source>
        <translation>Per gjest og natt</translation>
    </message>
    <message>
        <source>Per guest and hour</source>
        <translation>Per gjest og time</translation>
    </message>
    <message>
        <source>Per guest, whole stay</source>
        <translation>Per gjest, hele oppholdet</translation>
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
        <translation>Sesong</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Ukedager</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengde</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Netter</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gjester</translation>
    </message>
    <message>
        <source>Price per</source>
        <translation>Pris per</translation>
    </message>
    <message>
        <source>Guest category</source>
        <translation>Gjestekategori</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Beløp inkl. mva</translation>
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
        <translation>«%1» er ikke et prisgrunnlag (unit, stay, guest_unit, guest_stay).</translation>
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
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Tidsluke</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Overnatting</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Utleie</translation>
    </message>
    <message>
        <source>Event or course</source>
        <translation>Arrangement eller kurs</translation>
    </message>
    <message>
        <source>Gift/value card</source>
        <translation>Gavekort/verdikort</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inngang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product kind.</source>
        <translation>«%1» er ikke en produkttype.</translation>
    </message>
</context>
<context>
    <name>skranke::Quantity</name>
    <message>
        <source>&quot;%1&quot; is not a quantity: %2.</source>
        <translation>«%1» er ikke et antall: %2.</translation>
    </message>
    <message>
        <source>at most three decimals</source>
        <translation>høyst tre desimaler</translation>
    </message>
    <message>
        <source>it must be more than 0</source>
        <translation>det må være over 0</translation>
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
        <translation>Hent et parkert salg i kasse %1</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Parkert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Merknad</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No sales are parked on this till.</source>
        <translation>Ingen salg er parkert i denne kassen.</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Hent</translation>
    </message>
    <message>
        <source>&amp;Parked sales, oldest first:</source>
        <translation>&amp;Parkerte salg, eldste først:</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Parkert av %1</translation>
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
        <translation>Linje %1: rabatten må være fra 0 til under 100 %.</translation>
    </message>
</context>
<context>
    <name>skranke::ReceiptDocument</name>
    <message>
        <source>Return %1</source>
        <translation>Retur %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvittering %1</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Mva-nr. %1</translation>
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
        <translation>Retur av kvittering</translation>
    </message>
    <message>
        <source>Discount %1 %</source>
        <translation>Rabatt %1 %</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Kontantavrunding</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Tilbakebetalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>%1 given</source>
        <translation>%1 mottatt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Vekslepenger</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Of which VAT %1 % of %2</source>
        <translation>Herav mva %1 % av %2</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk for handelen!</translation>
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
        <translation>Avrunding</translation>
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
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderDocument</name>
    <message>
        <source>Reminder no.</source>
        <translation>Purrenr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Debtor no.</source>
        <translation>Kundenr.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Forfallsdato</translation>
    </message>
    <message>
        <source>Reminder %1 (continued)</source>
        <translation>Purring %1 (fortsatt)</translation>
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
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Outstanding invoices</source>
        <translation>Utestående fakturaer</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTALT %1</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Vennligst betal %1 innen %2</translation>
    </message>
    <message>
        <source>Please state debtor no. %1 and reminder no. %2 with your payment.</source>
        <translation>Oppgi kundenr. %1 og purrenr. %2 ved betaling.</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan ikke tegnes.</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Purring %1</translation>
    </message>
    <message>
        <source>There are no reminders to print.</source>
        <translation>Det er ingen purringer å skrive ut.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Purringer</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders</source>
        <translation>Ubetalte gebyrer og renter fra tidligere purringer</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderProposalModel</name>
    <message>
        <source>Invoice %1, due %2: %3</source>
        <translation>Faktura %1, forfall %2: %3</translation>
    </message>
    <message>
        <source>, interest %1</source>
        <translation>, renter %1</translation>
    </message>
    <message>
        <source>— (print)</source>
        <translation>— (skriv ut)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensasjon</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders: shown on the reminder, not charged again.</source>
        <translation>Ubetalte gebyrer og renter fra tidligere purringer: vises på purringen, kreves ikke inn på nytt.</translation>
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
        <translation>Purrenummeret må være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The reminder date is required.</source>
        <translation>Purredatoen må oppgis.</translation>
    </message>
    <message>
        <source>The to date is required.</source>
        <translation>Til-datoen må oppgis.</translation>
    </message>
    <message>
        <source>The to date cannot be after the reminder date: only invoices already due can be reminded.</source>
        <translation>Til-datoen kan ikke være etter purredatoen: bare forfalte fakturaer kan purres.</translation>
    </message>
    <message>
        <source>The respite cannot be negative.</source>
        <translation>Fristen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A reminder must give at least 10 days to pay.</source>
        <translation>En purring må gi minst 10 dager til å betale.</translation>
    </message>
    <message>
        <source>Minimum amounts cannot be negative.</source>
        <translation>Minstebeløp kan ikke være negative.</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Det finnes ingen kasse «%1».</translation>
    </message>
    <message>
        <source>Reminder %1: %2</source>
        <translation>Purring %1: %2</translation>
    </message>
    <message>
        <source>A till&apos;s name has at most 40 characters.</source>
        <translation>Et kassenavn kan ha høyst 40 tegn.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunForm</name>
    <message>
        <source>Charge &amp;compensation to business debtors</source>
        <translation>Krev kom&amp;pensasjon av bedriftskunder</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Purring %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Per started month</source>
        <translation>Per påbegynt måned</translation>
    </message>
    <message>
        <source>Exact days (actual/365)</source>
        <translation>Eksakte dager (faktisk/365)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <source>At most %1 a reminder under the law.</source>
        <translation>Høyst %1 per purring etter loven.</translation>
    </message>
    <message>
        <source>Which invoices</source>
        <translation>Hvilke fakturaer</translation>
    </message>
    <message>
        <source>Reminder &amp;number:</source>
        <translation>Purre&amp;nummer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Kunde-ID fra:</translation>
    </message>
    <message>
        <source>&amp;Due up to:</source>
        <translation>&amp;Forfalt til og med:</translation>
    </message>
    <message>
        <source>&amp;Respite (days):</source>
        <translation>Fr&amp;ist (dager):</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;Kasse:</translation>
    </message>
    <message>
        <source>Reminder and fees</source>
        <translation>Purring og gebyrer</translation>
    </message>
    <message>
        <source>Reminder &amp;date:</source>
        <translation>Purre&amp;dato:</translation>
    </message>
    <message>
        <source>Days to &amp;pay:</source>
        <translation>Dager til &amp;betaling:</translation>
    </message>
    <message>
        <source>&amp;Minimum balance:</source>
        <translation>&amp;Minstesaldo:</translation>
    </message>
    <message>
        <source>Reminder &amp;fee:</source>
        <translation>Purre&amp;gebyr:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>&amp;Rate a month (%):</source>
        <translation>Rente&amp;sats per måned (%):</translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation>&amp;Utregning:</translation>
    </message>
    <message>
        <source>Minimum &amp;interest:</source>
        <translation>Minste&amp;rente:</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Alle kasser</translation>
    </message>
    <message>
        <source>Reference rate: %1 % a year. The law allows it plus %2 points; change it under Settings → Invoicing.</source>
        <translation>Referanserente: %1 % per år. Loven tillater denne pluss %2 prosentpoeng; endre den under Innstillinger → Fakturering.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunPage</name>
    <message>
        <source>C&amp;reate reminders</source>
        <translation>&amp;Opprett purringer</translation>
    </message>
    <message>
        <source>Create reminders + send &amp;email…</source>
        <translation>Opprett purringer + send &amp;e-post …</translation>
    </message>
    <message>
        <source>&amp;Texts…</source>
        <translation>&amp;Tekster …</translation>
    </message>
    <message>
        <source>&amp;Show overview</source>
        <translation>&amp;Vis oversikt</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>Merk &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Unmark all</source>
        <translation>F&amp;jern all merking</translation>
    </message>
    <message>
        <source>The till the reminders&apos; fees and interest are posted in.</source>
        <translation>Kassen som purringenes gebyrer og renter bokføres i.</translation>
    </message>
    <message>
        <source>Skranke reminders</source>
        <translation>Skranke-purringer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;la gjennom …</translation>
    </message>
    <message>
        <source>Folder for reminder PDFs</source>
        <translation>Mappe for purre-PDF-er</translation>
    </message>
    <message>
        <source>Post in till:</source>
        <translation>Bokfør i kasse:</translation>
    </message>
    <message>
        <source>PDF folder:</source>
        <translation>PDF-mappe:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;Remind debtors of overdue invoices with fees and interest the law allows. Show the overview, mark who gets a reminder, then create them.</source>
        <translation>&lt;h2&gt;Purringer&lt;/h2&gt;Purr kunder for forfalte fakturaer med gebyrer og renter som loven tillater. Vis oversikten, merk hvem som skal få purring, og opprett dem.</translation>
    </message>
    <message>
        <source>No debtor gets a reminder with these parameters.</source>
        <translation>Ingen kunder får purring med disse innstillingene.</translation>
    </message>
    <message>
        <source>Show the overview to see who would get a reminder.</source>
        <translation>Vis oversikten for å se hvem som ville fått purring.</translation>
    </message>
    <message>
        <source>%1 of %2 debtors marked, %3 in all.</source>
        <translation>%1 av %2 kunder merket, %3 totalt.</translation>
    </message>
    <message>
        <source>Email is not set up yet: enter the mail server under Settings → Email.</source>
        <translation>E-post er ikke satt opp ennå: angi e-postserveren under Innstillinger → E-post.</translation>
    </message>
    <message>
        <source>Show the overview and mark the debtors to remind first.</source>
        <translation>Vis først oversikten og merk kundene som skal purres.</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot; for the PDFs.</source>
        <translation>Kan ikke opprette mappen «%1» for PDF-ene.</translation>
    </message>
    <message>
        <source>No reminders were created: none of the marked debtors is due one any more.</source>
        <translation>Ingen purringer ble opprettet: ingen av de merkede kundene skal ha purring lenger.</translation>
    </message>
    <message>
        <source>Created %1 reminders, numbers %2–%3.</source>
        <translation>Opprettet %1 purringer, nummer %2–%3.</translation>
    </message>
    <message>
        <source>PDFs are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;open all in one PDF to print&lt;/a&gt;.</source>
        <translation>PDF-ene ligger i &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;åpne alle i én PDF for utskrift&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Sendt på e-post: %1.</translation>
    </message>
    <message>
        <source>%1 emails could not be sent; they are kept in the outbox and can be sent again from the outbox under Settings → Email.</source>
        <translation>%1 e-poster kunne ikke sendes; de ligger i utboksen og kan sendes på nytt derfra under Innstillinger → E-post.</translation>
    </message>
    <message>
        <source>%1 debtors have no email address: print their reminders.</source>
        <translation>%1 kunder har ingen e-postadresse: skriv ut purringene deres.</translation>
    </message>
    <message>
        <source>Sending reminders by email…</source>
        <translation>Sender purringer på e-post …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderStore</name>
    <message>
        <source>There is no reminder %1.</source>
        <translation>Det finnes ingen purring %1.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTemplate</name>
    <message>
        <source>A &quot;{&quot; is not closed with &quot;}&quot;.</source>
        <translation>En «{» er ikke lukket med «}».</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it; write &quot;}}&quot; for a brace.</source>
        <translation>En «}» har ingen «{» foran seg; skriv «}}» for en klammeparentes.</translation>
    </message>
    <message>
        <source>the debtor&apos;s name</source>
        <translation>kundens navn</translation>
    </message>
    <message>
        <source>the debtor&apos;s number</source>
        <translation>kundens nummer</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>virksomhetens navn</translation>
    </message>
    <message>
        <source>the reminder&apos;s number</source>
        <translation>purringens nummer</translation>
    </message>
    <message>
        <source>the reminder&apos;s date</source>
        <translation>purringens dato</translation>
    </message>
    <message>
        <source>the reminder level: 1, 2 or 3</source>
        <translation>purretrinnet: 1, 2 eller 3</translation>
    </message>
    <message>
        <source>the numbers of the invoices reminded</source>
        <translation>numrene på de purrede fakturaene</translation>
    </message>
    <message>
        <source>what the invoices still owe</source>
        <translation>det som fortsatt er utestående på fakturaene</translation>
    </message>
    <message>
        <source>the reminder fee</source>
        <translation>purregebyret</translation>
    </message>
    <message>
        <source>the compensation fee</source>
        <translation>kompensasjonsgebyret</translation>
    </message>
    <message>
        <source>the interest</source>
        <translation>rentene</translation>
    </message>
    <message>
        <source>the interest rate in percent a month</source>
        <translation>rentesatsen i prosent per måned</translation>
    </message>
    <message>
        <source>everything to pay</source>
        <translation>hele beløpet som skal betales</translation>
    </message>
    <message>
        <source>the date to pay by</source>
        <translation>betalingsfristen</translation>
    </message>
    <message>
        <source>There is no placeholder {%1}. Known: %2.</source>
        <translation>Det finnes ingen plassholder {%1}. Kjente: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextStore</name>
    <message>
        <source>The reminder number must be 1, 2 or 3.</source>
        <translation>Purrenummeret må være 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket må være da, nb, sv eller en, ikke «%1».</translation>
    </message>
    <message>
        <source>The heading is required.</source>
        <translation>Overskriften må oppgis.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextsDialog</name>
    <message>
        <source>Reminder texts</source>
        <translation>Purretekster</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Purring %1</translation>
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
        <translation>&amp;Gebyrlinje:</translation>
    </message>
    <message>
        <source>&amp;Compensation line:</source>
        <translation>&amp;Kompensasjonslinje:</translation>
    </message>
    <message>
        <source>&amp;Interest line:</source>
        <translation>&amp;Rentelinje:</translation>
    </message>
    <message>
        <source>Email &amp;subject:</source>
        <translation>E-post&amp;emne:</translation>
    </message>
    <message>
        <source>Email &amp;text:</source>
        <translation>E-post&amp;tekst:</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>&amp;Innebygd tekst</translation>
    </message>
    <message>
        <source>Save the changed texts first?</source>
        <translation>Lagre de endrede tekstene først?</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Innebygd tekst</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Egen tekst</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>skranke::ResolvePendingDialog</name>
    <message>
        <source>Resolve by hand</source>
        <translation>Avgjør manuelt</translation>
    </message>
    <message>
        <source>%1 got no answer from the gateway. Look the payment up in the gateway&apos;s own portal and record here what it shows. This is kept with your name.</source>
        <translation>%1 fikk ikke svar fra betalingsløsningen. Slå opp betalingen i betalingsløsningens egen portal og registrer her hva den viser. Det lagres med navnet ditt.</translation>
    </message>
    <message>
        <source>The gateway did it</source>
        <translation>Betalingsløsningen gjorde det</translation>
    </message>
    <message>
        <source>The gateway did not do it</source>
        <translation>Betalingsløsningen gjorde det ikke</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it, if it shows one</source>
        <translation>Betalingsløsningens id for det, hvis den viser en</translation>
    </message>
    <message>
        <source>e.g. checked in the Nets portal</source>
        <translation>f.eks. sjekket i Nets-portalen</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Hva skjedde:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;feranse:</translation>
    </message>
    <message>
        <source>&amp;How you know:</source>
        <translation>H&amp;vordan du vet det:</translation>
    </message>
</context>
<context>
    <name>skranke::RestTarget</name>
    <message>
        <source>The accounting program is not set up: enter the address of its voucher API.</source>
        <translation>Regnskapsprogrammet er ikke satt opp: angi adressen til bilags-API-et.</translation>
    </message>
    <message>
        <source>The accounting program&apos;s address &quot;%1&quot; is not an http or https address.</source>
        <translation>Regnskapsprogrammets adresse «%1» er ikke en http- eller https-adresse.</translation>
    </message>
    <message>
        <source>The accounting program is not set up: enter its API key.</source>
        <translation>Regnskapsprogrammet er ikke satt opp: angi API-nøkkelen.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character.</source>
        <translation>API-nøkkelen inneholder et linjeskift eller et annet kontrolltegn.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to %1 seconds.</source>
        <translation>Tidsavbruddet må være fra 1 til %1 sekunder.</translation>
    </message>
    <message>
        <source>the voucher has no idempotency key</source>
        <translation>bilaget har ingen idempotensnøkkel</translation>
    </message>
    <message>
        <source>could not start an HTTP connection</source>
        <translation>kunne ikke starte en HTTP-tilkobling</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the accounting program within %n second(s) (%1)</source>
        <translation>
            <numerusform>ikke svar fra regnskapsprogrammet innen %n sekund (%1)</numerusform>
            <numerusform>ikke svar fra regnskapsprogrammet innen %n sekunder (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not connect to the accounting program (%1)</source>
        <translation>kunne ikke koble til regnskapsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the connection to the accounting program broke before it answered (%1)</source>
        <translation>forbindelsen til regnskapsprogrammet ble brutt før det svarte (%1)</translation>
    </message>
    <message>
        <source>could not talk to the accounting program (%1)</source>
        <translation>kunne ikke kommunisere med regnskapsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the accounting program is still busy with this voucher (%1); it is sent again later</source>
        <translation>regnskapsprogrammet er fortsatt opptatt med dette bilaget (%1); det sendes på nytt senere</translation>
    </message>
    <message>
        <source>the accounting program answered HTTP %1 without the voucher&apos;s id; it is asked again later</source>
        <translation>regnskapsprogrammet svarte HTTP %1 uten bilagets ID; det spørres på nytt senere</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1)</source>
        <translation>regnskapsprogrammets kvote er brukt opp (%1)</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1); it asks to wait (Retry-After: %2)</source>
        <translation>regnskapsprogrammets kvote er brukt opp (%1); det ber om å vente (Retry-After: %2)</translation>
    </message>
    <message>
        <source>there is no voucher API at %1 (%2): check the address</source>
        <translation>det finnes ikke noe bilags-API på %1 (%2): kontroller adressen</translation>
    </message>
    <message>
        <source>the accounting program could not take the voucher (%1)</source>
        <translation>regnskapsprogrammet kunne ikke ta imot bilaget (%1)</translation>
    </message>
    <message>
        <source>the accounting program refused the API key (%1): check the key in Settings → Accounting</source>
        <translation>regnskapsprogrammet avviste API-nøkkelen (%1): kontroller nøkkelen under Innstillinger → Regnskap</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnDialog</name>
    <message>
        <source>Return on till %1</source>
        <translation>Retur i kasse %1</translation>
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
        <translation>Returner nå</translation>
    </message>
    <message>
        <source>card terminal reference</source>
        <translation>referanse fra kortterminalen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Kvitteringsnummer:</translation>
    </message>
    <message>
        <source>Pay &amp;back by:</source>
        <translation>Betal &amp;tilbake med:</translation>
    </message>
    <message>
        <source>Card reference:</source>
        <translation>Kortreferanse:</translation>
    </message>
    <message>
        <source>To pay back:</source>
        <translation>Å betale tilbake:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Returner</translation>
    </message>
    <message>
        <source>Find the receipt first.</source>
        <translation>Finn kvitteringen først.</translation>
    </message>
    <message>
        <source>Say how much of which line comes back.</source>
        <translation>Angi hvor mye av hvilken linje som kommer i retur.</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnService</name>
    <message>
        <source>Receipt %1 is itself a return and cannot be returned.</source>
        <translation>Kvittering %1 er selv en retur og kan ikke returneres.</translation>
    </message>
    <message>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Alt på kvittering %1 er allerede returnert.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Kvittering %1 har ingen linje %2.</translation>
    </message>
    <message>
        <source>Line %1 is listed more than once.</source>
        <translation>Linje %1 er oppført mer enn én gang.</translation>
    </message>
    <message>
        <source>Line %1: the quantity to return must be more than 0.</source>
        <translation>Linje %1: antallet som skal returneres, må være over 0.</translation>
    </message>
    <message>
        <source>Line %1 has already been returned in full.</source>
        <translation>Linje %1 er allerede returnert i sin helhet.</translation>
    </message>
    <message>
        <source>Line %1: only %2 can still be returned, not %3.</source>
        <translation>Linje %1: bare %2 kan fortsatt returneres, ikke %3.</translation>
    </message>
    <message>
        <source>Pay back exactly %1 in cash; a refund gives no change.</source>
        <translation>Betal tilbake nøyaktig %1 kontant; en refusjon gir ikke vekslepenger.</translation>
    </message>
</context>
<context>
    <name>skranke::Role</name>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Resepsjon</translation>
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
        <translation>Mappen %1 finnes ikke.</translation>
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
        <translation>&amp;Manuell pris inkl. mva</translation>
    </message>
    <message>
        <source>Allow &amp;overbooking</source>
        <translation>Tillat &amp;overbooking</translation>
    </message>
    <message>
        <source>Repeats &amp;monthly (long-term rental)</source>
        <translation>Gjentas &amp;hver måned (langtidsleie)</translation>
    </message>
    <message>
        <source>Booking row %1</source>
        <translation>Bestillingslinje %1</translation>
    </message>
    <message>
        <source>New booking row</source>
        <translation>Ny bestillingslinje</translation>
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
        <translation>Krever rett til å overbooke.</translation>
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
        <translation>&amp;Enhet:</translation>
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
        <translation>A&amp;vreise:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntall:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gjester:</translation>
    </message>
    <message>
        <source>Price from table:</source>
        <translation>Pris fra pristabell:</translation>
    </message>
    <message>
        <source>&amp;Invoice text:</source>
        <translation>&amp;Fakturatekst:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>S&amp;tikkord:</translation>
    </message>
    <message>
        <source>Part &amp;of:</source>
        <translation>&amp;Del av:</translation>
    </message>
    <message>
        <source>(first free unit)</source>
        <translation>(første ledige enhet)</translation>
    </message>
    <message>
        <source>No price in the table matches: enter a manual price.</source>
        <translation>Ingen pris i tabellen passer: angi en manuell pris.</translation>
    </message>
    <message>
        <source>%1 of %2 free in this period</source>
        <translation>%1 av %2 ledige i denne perioden</translation>
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
        <translation>Ingenting er ledig for denne perioden og dette antallet.</translation>
    </message>
    <message>
        <source>Free for the row&apos;s period and quantity:</source>
        <translation>Ledig for linjens periode og antall:</translation>
    </message>
</context>
<context>
    <name>skranke::RowStatus</name>
    <message>
        <source>Reservation</source>
        <translation>Reservasjon</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endelig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Long-term rental</source>
        <translation>Langtidsleie</translation>
    </message>
    <message>
        <source>Self-booking</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking status (reservation, final, cancelled, waitlist, long_term, self_booking).</source>
        <translation>«%1» er ikke en bookingstatus (reservation, final, cancelled, waitlist, long_term, self_booking).</translation>
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
        <translation>Bilag %1 er i %2, ikke i virksomhetens valuta %3.</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Hovedbok</translation>
    </message>
    <message>
        <source>The vouchers read for the SAF-T file do not add up to their totals.</source>
        <translation>Bilagene som er lest for SAF-T-filen, summerer seg ikke til totalene sine.</translation>
    </message>
    <message>
        <source>The SAF-T file could not be written.</source>
        <translation>SAF-T-filen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Output VAT %1 %</source>
        <translation>Utgående mva %1 %</translation>
    </message>
</context>
<context>
    <name>skranke::SaleParts</name>
    <message>
        <source>Line %1: only a value card takes a card number.</source>
        <translation>Linje %1: bare et verdikort kan ha kortnummer.</translation>
    </message>
    <message>
        <source>Line %1: sell one value card per line.</source>
        <translation>Linje %1: selg ett verdikort per linje.</translation>
    </message>
    <message>
        <source>Line %1: enter the amount to put on the value card.</source>
        <translation>Linje %1: angi beløpet som skal settes inn på verdikortet.</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Angi verdikortets nummer.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura dekker hele salget; ingen andre betalingsmåter kan brukes sammen med den.</translation>
    </message>
    <message>
        <source>Choose the debtor to invoice first.</source>
        <translation>Velg først kunden som skal faktureres.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale, %1, not %2.</source>
        <translation>En faktura dekker hele salget, %1, ikke %2.</translation>
    </message>
    <message>
        <source>A return is not paid back on an invoice; credit the invoice instead.</source>
        <translation>En retur betales ikke tilbake på faktura; krediter fakturaen i stedet.</translation>
    </message>
    <message>
        <source>Receipt %1 was put on invoice %2; credit the invoice instead.</source>
        <translation>Kvittering %1 ble ført på faktura %2; krediter fakturaen i stedet.</translation>
    </message>
    <message>
        <source>Value card %1 has been spent (%2 left of %3); it cannot be returned.</source>
        <translation>Verdikort %1 er brukt (%2 igjen av %3); det kan ikke returneres.</translation>
    </message>
</context>
<context>
    <name>skranke::SaleService</name>
    <message>
        <source>No product has the EAN, number or ID &quot;%1&quot;.</source>
        <translation>Ingen vare har EAN, nummer eller ID «%1».</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>Et salg må ha minst én linje.</translation>
    </message>
    <message>
        <source>A sale cannot come to less than 0; use a return.</source>
        <translation>Et salg kan ikke bli under 0; bruk en retur.</translation>
    </message>
    <message>
        <source>Till %1 has no receipt %2.</source>
        <translation>Kasse %1 har ingen kvittering %2.</translation>
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
        <translation>Neste periode (Alt+Høyre)</translation>
    </message>
    <message>
        <source>The first date shown</source>
        <translation>Første dato som vises</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
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
        <translation>Hvor lang tid kalenderen viser</translation>
    </message>
    <message>
        <source>Show only the units of a category</source>
        <translation>Vis bare enhetene i én kategori</translation>
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
        <translation>Nå</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Cancel booking… (A)</source>
        <translation>Avbestill booking … (A)</translation>
    </message>
    <message>
        <source>Cancel the selected booking row, with a reason</source>
        <translation>Avbestill den valgte bestillingslinjen, med en årsak</translation>
    </message>
    <message>
        <source>Drag over free cells to book; drag a booking to move it, its ends to change its period. Enter opens; Ctrl+arrows move the selected booking; A cancels it.</source>
        <translation>Dra over ledige celler for å booke; dra en booking for å flytte den, og endene for å endre perioden. Enter åpner; Ctrl+piltaster flytter den valgte bookingen; A avbestiller den.</translation>
    </message>
</context>
<context>
    <name>skranke::ScheduleView</name>
    <message>
        <source>Sign in to change bookings.</source>
        <translation>Logg inn for å endre bookinger.</translation>
    </message>
    <message>
        <source>%1

Move the booking anyway and overbook?</source>
        <translation>%1

Flytte bookingen likevel og overbooke?</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>Overbooke?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>%1: a unit of %2 (%3)</source>
        <translation>%1: en enhet av %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 free on %3</source>
        <translation>%1 av %2 ledige den %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n natt)</numerusform>
            <numerusform>%1 – %2 (%n netter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen gjest ennå</translation>
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
        <translation>Enhet: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Antall: %1</translation>
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
        <translation>Oppgjort</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>There is nothing to book yet: bookable products get units in the catalog.</source>
        <translation>Det er ingenting å booke ennå: bookbare produkter får enheter i katalogen.</translation>
    </message>
    <message>
        <source>The category %1 has no units.</source>
        <translation>Kategorien %1 har ingen enheter.</translation>
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
        <translation>%1 kan ikke %2 (rettigheten «%3» mangler).</translation>
    </message>
</context>
<context>
    <name>skranke::SettingsPage</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Virksomhet</translation>
    </message>
    <message>
        <source>Staff &amp;users</source>
        <translation>&amp;Ansatte</translation>
    </message>
    <message>
        <source>&amp;Invoicing</source>
        <translation>&amp;Fakturering</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
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
        <translation>&amp;Nettordrer</translation>
    </message>
    <message>
        <source>&amp;Accounting</source>
        <translation>&amp;Regnskap</translation>
    </message>
</context>
<context>
    <name>skranke::Settlement</name>
    <message>
        <source>Cannot settle %1: more than is open.</source>
        <translation>Kan ikke utligne %1: mer enn det åpne.</translation>
    </message>
    <message>
        <source>There is no settlement %1 to undo.</source>
        <translation>Det finnes ingen utligning %1 å angre.</translation>
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
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Payments not settled</source>
        <translation>Ikke utlignede innbetalinger</translation>
    </message>
    <message>
        <source>Can be settled</source>
        <translation>Kan utlignes</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementPage</name>
    <message>
        <source>Only &amp;balance 0</source>
        <translation>Bare &amp;saldo 0</translation>
    </message>
    <message>
        <source>Only &amp;equal amounts</source>
        <translation>Bare &amp;like beløp</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Settle selected</source>
        <translation>&amp;Utlign valgte</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Velg &amp;alle</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Kunde-ID fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settlement&lt;/h2&gt;Debtors whose payments and credit notes can settle their invoices, oldest first.</source>
        <translation>&lt;h2&gt;Utligning&lt;/h2&gt;Kunder der innbetalinger og kreditnotaer kan utligne fakturaene deres, eldste først.</translation>
    </message>
    <message>
        <source>Mark the debtors to settle first.</source>
        <translation>Merk først kundene som skal utlignes.</translation>
    </message>
    <message>
        <source>Settled %1 for %2 debtors in %3 settlements.</source>
        <translation>Utlignet %1 for %2 kunder i %3 utligninger.</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementService</name>
    <message>
        <source>Posting %1 is not a payment or credit.</source>
        <translation>Postering %1 er ikke en innbetaling eller kreditering.</translation>
    </message>
    <message>
        <source>Invoice %1 is not on the same debtor as the payment.</source>
        <translation>Faktura %1 er ikke på samme kunde som innbetalingen.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beløpet må være over 0.</translation>
    </message>
    <message>
        <source>At most %1 can be settled: the invoice has %2 open and the payment %3.</source>
        <translation>Høyst %1 kan utlignes: fakturaen har %2 åpent og innbetalingen %3.</translation>
    </message>
</context>
<context>
    <name>skranke::Sie4Reader</name>
    <message>
        <source>%1 has too few fields.</source>
        <translation>%1 har for få felt.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 20260131.</source>
        <translation>“%1” er ikke en dato på formen 20260131.</translation>
    </message>
    <message>
        <source>SIE file, line %1: %2</source>
        <translation>SIE-fil, linje %1: %2</translation>
    </message>
    <message>
        <source>The SIE file&apos;s currency “%1” is unknown.</source>
        <translation>SIE-filens valuta “%1” er ukjent.</translation>
    </message>
    <message>
        <source>#VER is not followed by “{”.</source>
        <translation>#VER følges ikke av “{”.</translation>
    </message>
    <message>
        <source>“{” without #VER.</source>
        <translation>“{” uten #VER.</translation>
    </message>
    <message>
        <source>“}” without “{”.</source>
        <translation>“}” uten “{”.</translation>
    </message>
    <message>
        <source>%1 inside a voucher.</source>
        <translation>%1 inne i et bilag.</translation>
    </message>
    <message>
        <source>“%1” is not an account type (T, S, K or I).</source>
        <translation>“%1” er ikke en kontotype (T, S, K eller I).</translation>
    </message>
    <message>
        <source>#TRANS outside a voucher.</source>
        <translation>#TRANS utenfor et bilag.</translation>
    </message>
    <message>
        <source>#TRANS lacks its object list “{}”.</source>
        <translation>#TRANS mangler objektlisten “{}”.</translation>
    </message>
    <message>
        <source>The SIE file ends inside voucher %1.</source>
        <translation>SIE-filen slutter inne i bilag %1.</translation>
    </message>
</context>
<context>
    <name>skranke::SmtpSender</name>
    <message>
        <source>Could not start the mail connection.</source>
        <translation>Kunne ikke starte e-postforbindelsen.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2 (answered &quot;%3&quot;).</source>
        <translation>E-postserveren %1 avviste meldingen: %2 (svarte «%3»).</translation>
    </message>
    <message>
        <source>Could not send the email through %1: %2.</source>
        <translation>Kunne ikke sende e-posten via %1: %2.</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brukernavn</translation>
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
        <translation>Språk: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
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
        <translation>Det finnes ingen leverandør %1.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from the supplier %2 that are not cancelled.</source>
        <translation>Booking %1 har ingen linjer fra leverandøren %2 som ikke er avbestilt.</translation>
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
        <translation>Leverandørrapport, booking %1 (fortsatt)</translation>
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
        <translation>Booket av</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverandørrapport</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gjest</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen gjest ennå</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-post %1</translation>
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
        <translation>Avreise</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gjester</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>Gjestens kommentar</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (continued)</source>
        <translation>Gjestens kommentar (fortsatt)</translation>
    </message>
    <message>
        <source>Cancellation, booking %1</source>
        <translation>Avbestilling, booking %1</translation>
    </message>
    <message>
        <source>Cancelled %1; still booked: %2.</source>
        <translation>Avbestilt %1; fortsatt booket: %2.</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>Avbestilt %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsak: %1</translation>
    </message>
    <message>
        <source>Cancellation, booking %1 (continued)</source>
        <translation>Avbestilling, booking %1 (fortsatt)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Avbestilling</translation>
    </message>
    <message>
        <source>Booking %1 has no cancelled rows from the supplier %2 to report.</source>
        <translation>Booking %1 har ingen avbestilte linjer fra leverandøren %2 å rapportere.</translation>
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
        <translation>Å betale:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløp:</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Kontant: %1</translation>
    </message>
    <message>
        <source>Paid so far: %1 · in cash: %2</source>
        <translation>Betalt hittil: %1 · kontant: %2</translation>
    </message>
    <message>
        <source>Cash pays the rest: at least %1.</source>
        <translation>Kontant betaler resten: minst %1.</translation>
    </message>
    <message>
        <source>A card pays at most what is left: %1.</source>
        <translation>Et kort betaler høyst det som gjenstår: %1.</translation>
    </message>
    <message>
        <source>card terminal reference or value card number</source>
        <translation>referanse fra kortterminalen eller verdikortnummer</translation>
    </message>
    <message>
        <source>Value card (F3)</source>
        <translation>Verdikort (F3)</translation>
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
        <translation>Knytt først en kunde til salget (Kunde …).</translation>
    </message>
    <message>
        <source>&amp;Reference / card no.:</source>
        <translation>&amp;Referanse / kortnr.:</translation>
    </message>
    <message>
        <source>Scan or type the value card&apos;s number in the reference field.</source>
        <translation>Skann eller skriv inn verdikortets nummer i referansefeltet.</translation>
    </message>
    <message>
        <source>The value card is empty.</source>
        <translation>Verdikortet er tomt.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura dekker hele salget; ingen andre betalingsmåter kan brukes sammen med den.</translation>
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
        <translation>Verdikort</translation>
    </message>
    <message>
        <source>On invoice</source>
        <translation>På faktura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tender (cash, card).</source>
        <translation>«%1» er ikke en betalingsmåte (cash, card).</translation>
    </message>
</context>
<context>
    <name>skranke::TenderPlan</name>
    <message>
        <source>A tender must be in %1.</source>
        <translation>En betaling må være i %1.</translation>
    </message>
    <message>
        <source>A tender&apos;s amount must be more than 0.</source>
        <translation>Beløpet på en betaling må være over 0.</translation>
    </message>
    <message>
        <source>The tenders other than cash come to %1, more than the total %2.</source>
        <translation>Betalingene utenom kontant er %1, mer enn totalen %2.</translation>
    </message>
    <message>
        <source>%1 is still to pay.</source>
        <translation>Det gjenstår fortsatt %1.</translation>
    </message>
    <message>
        <source>The cash given, %1, is less than the %2 to pay in cash.</source>
        <translation>Mottatt kontant, %1, er mindre enn de %2 som skal betales kontant.</translation>
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation>Det er ingenting igjen å betale kontant.</translation>
    </message>
</context>
<context>
    <name>skranke::TestTarget</name>
    <message>
        <source>the test accounting program needs an idempotency key</source>
        <translation>testregnskapsprogrammet krever en idempotensnøkkel</translation>
    </message>
    <message>
        <source>the test accounting program booked key %1 as voucher %2 already; voucher %3 came with the same key</source>
        <translation>testregnskapsprogrammet har allerede bokført nøkkel %1 som bilag %2; bilag %3 kom med samme nøkkel</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: its lines do not balance</source>
        <translation>testregnskapsprogrammet avviste bilag %1: linjene går ikke i balanse</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: a line has no account</source>
        <translation>testregnskapsprogrammet avviste bilag %1: en linje har ingen konto</translation>
    </message>
</context>
<context>
    <name>skranke::TillButtons</name>
    <message>
        <source>There is no product category %1.</source>
        <translation>Det finnes ingen varegruppe %1.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is listed twice.</source>
        <translation>Varegruppen «%1» står der to ganger.</translation>
    </message>
    <message>
        <source>List every product category once.</source>
        <translation>Oppgi hver varegruppe én gang.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPage</name>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Åpne skift …</translation>
    </message>
    <message>
        <source>Cash &amp;in/out…</source>
        <translation>Kontant &amp;inn/ut …</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Retur …</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>&amp;X-rapport</translation>
    </message>
    <message>
        <source>&amp;Void line (Del)</source>
        <translation>&amp;Fjern linje (Del)</translation>
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
        <translation>Annet</translation>
    </message>
    <message>
        <source>No till is set up yet (skranke-cli till create).</source>
        <translation>Ingen kasse er satt opp ennå (skranke-cli till create).</translation>
    </message>
    <message>
        <source>Shift open since %1 · float %2</source>
        <translation>Skift åpent siden %1 · vekselkasse %2</translation>
    </message>
    <message>
        <source>No open shift: open one with the counted float.</source>
        <translation>Intet åpent skift: åpne et med opptalt vekselkasse.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Mva %1 %: %2</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Took off: %1</source>
        <translation>Trukket fra: %1</translation>
    </message>
    <message>
        <source>Receipt %1 · paid %2</source>
        <translation>Kvittering %1 · betalt %2</translation>
    </message>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Kvittering %1 · vekslepenger %2</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Skiftet er åpnet.</translation>
    </message>
    <message>
        <source>Z report %1: sales %2, expected cash %3, counted %4, difference %5.</source>
        <translation>Z-rapport %1: salg %2, forventet kontant %3, opptalt %4, differanse %5.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Åpne skift</translation>
    </message>
    <message>
        <source>Counted float in the drawer:</source>
        <translation>Opptalt vekselkasse i skuffen:</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Kontant inn eller ut</translation>
    </message>
    <message>
        <source>Amount (negative takes cash out):</source>
        <translation>Beløp (negativt tar kontanter ut):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Cash moved: %1</source>
        <translation>Kontanter flyttet: %1</translation>
    </message>
    <message>
        <source>Return receipt %1 · paid back %2</source>
        <translation>Returkvittering %1 · tilbakebetalt %2</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Salg: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returer: %1, %2</translation>
    </message>
    <message>
        <source>Expected cash in the drawer: %1</source>
        <translation>Forventet kontant i skuffen: %1</translation>
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
        <translation>Opptalt kontant i skuffen:</translation>
    </message>
    <message>
        <source>Print each receipt</source>
        <translation>Skriv ut hver kvittering</translation>
    </message>
    <message>
        <source>Scan or type an EAN or item number · 3* sells three · Enter pays</source>
        <translation>Skann eller skriv inn EAN eller varenummer · 3* selger tre · Enter betaler</translation>
    </message>
    <message>
        <source>C&amp;ustomer… (F5)</source>
        <translation>&amp;Kunde … (F5)</translation>
    </message>
    <message>
        <source>&amp;Z report and close the shift…</source>
        <translation>&amp;Z-rapport og lukk skiftet …</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Skift</translation>
    </message>
    <message>
        <source>&amp;Debtor payment… (F8)</source>
        <translation>Kunde&amp;innbetaling … (F8)</translation>
    </message>
    <message>
        <source>Valu&amp;e card… (F10)</source>
        <translation>&amp;Verdikort … (F10)</translation>
    </message>
    <message>
        <source>Dra&amp;wer (F9)</source>
        <translation>K&amp;asseskuff (F9)</translation>
    </message>
    <message>
        <source>&amp;Copy… (F11)</source>
        <translation>K&amp;opi … (F11)</translation>
    </message>
    <message>
        <source>Pri&amp;nt last (F12)</source>
        <translation>Skriv &amp;ut siste (F12)</translation>
    </message>
    <message>
        <source>P&amp;ark (F6)</source>
        <translation>&amp;Parker (F6)</translation>
    </message>
    <message>
        <source>Reca&amp;ll… (F7)</source>
        <translation>&amp;Hent parkert … (F7)</translation>
    </message>
    <message>
        <source>Receipt %1 · invoice %2 to %3, %4</source>
        <translation>Kvittering %1 · faktura %2 til %3, %4</translation>
    </message>
    <message>
        <source>Debtor payments: %1</source>
        <translation>Kundeinnbetalinger: %1</translation>
    </message>
    <message>
        <source>Value cards sold: %1</source>
        <translation>Solgte verdikort: %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Verdikort</translation>
    </message>
    <message>
        <source>Amount to put on the card:</source>
        <translation>Beløp som skal settes inn på kortet:</translation>
    </message>
    <message>
        <source>Scan the card&apos;s number, or leave it empty for a new number printed on the receipt:</source>
        <translation>Skann kortets nummer, eller la feltet stå tomt for å få et nytt nummer skrevet ut på kvitteringen:</translation>
    </message>
    <message>
        <source>No receipt has been rung up here yet; F11 prints a copy of any.</source>
        <translation>Ingen kvittering er slått inn her ennå; F11 skriver ut kopi av en hvilken som helst kvittering.</translation>
    </message>
    <message>
        <source>No customer (F5 attaches one)</source>
        <translation>Ingen kunde (F5 knytter til en)</translation>
    </message>
    <message>
        <source>Customer: %1 (debtor %2)</source>
        <translation>Kunde: %1 (kundenr. %2)</translation>
    </message>
    <message>
        <source>Customer for this sale</source>
        <translation>Kunde for dette salget</translation>
    </message>
    <message>
        <source>Sale parked. F7 recalls it.</source>
        <translation>Salget er parkert. F7 henter det fram igjen.</translation>
    </message>
    <message>
        <source>The cart is empty; there is nothing to park.</source>
        <translation>Handlekurven er tom; det er ingenting å parkere.</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Parker salg</translation>
    </message>
    <message>
        <source>A note to find it again (optional):</source>
        <translation>Merknad for å finne det igjen (valgfritt):</translation>
    </message>
    <message>
        <source>Finish or park the sale in the cart first.</source>
        <translation>Fullfør eller parker salget i handlekurven først.</translation>
    </message>
    <message>
        <source>Parked sale recalled.</source>
        <translation>Parkert salg er hentet.</translation>
    </message>
    <message>
        <source>Debtor payment: who pays?</source>
        <translation>Kundeinnbetaling: hvem betaler?</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken.</source>
        <translation>Innbetaling på %1 fra %2 er mottatt.</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken; %3 stands on the debtor.</source>
        <translation>Innbetaling på %1 fra %2 er mottatt; %3 står som forskudd på kunden.</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Åpne kasseskuffen</translation>
    </message>
    <message>
        <source>Why is the drawer opened without a sale?</source>
        <translation>Hvorfor åpnes kasseskuffen uten salg?</translation>
    </message>
    <message>
        <source>Drawer opened.</source>
        <translation>Kasseskuffen er åpnet.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvittering %1</translation>
    </message>
    <message>
        <source>Copy receipt</source>
        <translation>Kopi av kvittering</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Kvitteringsnummer:</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Innbetaling</translation>
    </message>
</context>
<context>
    <name>skranke::TillPaymentDocument</name>
    <message>
        <source>Payment received</source>
        <translation>Innbetaling mottatt</translation>
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
        <translation>Dekker</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensasjon</translation>
    </message>
    <message>
        <source>On your account for later invoices</source>
        <translation>Til gode på kontoen din</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk!</translation>
    </message>
</context>
<context>
    <name>skranke::TillPayments</name>
    <message>
        <source>A debtor pays at the till in cash or by card.</source>
        <translation>En kunde betaler i kassen kontant eller med kort.</translation>
    </message>
    <message>
        <source>The amount paid must be more than 0.</source>
        <translation>Innbetalt beløp må være over 0.</translation>
    </message>
    <message>
        <source>The amount must be in %1.</source>
        <translation>Beløpet må være i %1.</translation>
    </message>
    <message>
        <source>Cash is paid in whole multiples of %1.</source>
        <translation>Kontanter betales i hele multipler av %1.</translation>
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
        <translation>Det finnes ingen innbetaling %1 i kassen.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPrinter</name>
    <message>
        <source>The printer %1 cannot print.</source>
        <translation>Skriveren %1 kan ikke skrive ut.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>Skriveren %1 meldte en feil.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kunne ikke lagre %1.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Skrevet ut på %1.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; saved as %1.</source>
        <translation>Ingen skriver er satt opp på denne datamaskinen; lagret som %1.</translation>
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
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Skift åpnet</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Skift lukket</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Salg (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returer (%1)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettosalg</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Betalingsmåter</translation>
    </message>
    <message>
        <source>Of which cash rounding</source>
        <translation>Herav kontantavrunding</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Mva %1 % av %2</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Ingen salg</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Kontanter i skuffen</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Vekselkasse</translation>
    </message>
    <message>
        <source>Cash tenders</source>
        <translation>Kontantbetalinger</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kontant inn</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kontant ut</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Forventet kontant</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Opptalt kontant</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differanse</translation>
    </message>
    <message>
        <source>Running totals; the shift is open.</source>
        <translation>Løpende summer; skiftet er åpent.</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover)</source>
        <translation>Herav solgte verdikort (ikke omsetning)</translation>
    </message>
    <message>
        <source>Debtor payments</source>
        <translation>Kundeinnbetalinger</translation>
    </message>
    <message>
        <source>Debtor payments in cash</source>
        <translation>Kundeinnbetalinger kontant</translation>
    </message>
</context>
<context>
    <name>skranke::TillReports</name>
    <message>
        <source>The counted cash is what is in the drawer: 0 or more.</source>
        <translation>Opptalt kontant er det som ligger i skuffen: 0 eller mer.</translation>
    </message>
    <message>
        <source>Count the cash in %1.</source>
        <translation>Tell opp kontantene i %1.</translation>
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
        <translation>Kassens navn må fylles ut.</translation>
    </message>
    <message>
        <source>There is a till &quot;%1&quot; already.</source>
        <translation>Det finnes allerede en kasse «%1».</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Det finnes ingen kasse «%1».</translation>
    </message>
    <message>
        <source>Till %1 has no open shift; open one with a counted float first.</source>
        <translation>Kasse %1 har ikke noe åpent skift; åpne et med opptalt vekselkasse først.</translation>
    </message>
    <message>
        <source>The float is the cash counted in the drawer: 0 or more.</source>
        <translation>Vekselkassen er kontantene som er opptalt i skuffen: 0 eller mer.</translation>
    </message>
    <message>
        <source>Till %1 has an open shift already; close it with a Z report first.</source>
        <translation>Kasse %1 har allerede et åpent skift; lukk det med en Z-rapport først.</translation>
    </message>
    <message>
        <source>Enter the amount moved.</source>
        <translation>Angi beløpet som flyttes.</translation>
    </message>
    <message>
        <source>Say why the cash is moved.</source>
        <translation>Angi hvorfor kontantene flyttes.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Angi hvorfor kasseskuffen åpnes uten salg.</translation>
    </message>
</context>
<context>
    <name>skranke::TillSettingsPage</name>
    <message>
        <source>The till shows a tab of product buttons for each ticked category, in this order. Products of the other categories are still sold by scanning or typing their number.</source>
        <translation>Kassen viser en fane med vareknapper for hver avkrysset varegruppe, i denne rekkefølgen. Varer i de andre gruppene selges fortsatt ved å skanne eller taste varenummeret.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Bare en bruker med rett til å endre innstillinger kan endre dette.</translation>
    </message>
    <message>
        <source>Saved. The till shows the new buttons when it is opened next.</source>
        <translation>Lagret. Kassen viser de nye knappene neste gang den åpnes.</translation>
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
        <translation>Kvittering %1-%2</translation>
    </message>
    <message>
        <source>Till sale</source>
        <translation>Kassesalg</translation>
    </message>
    <message>
        <source>Till return</source>
        <translation>Kasseretur</translation>
    </message>
    <message>
        <source>Cash in/out at till %1: %2</source>
        <translation>Kontant inn/ut i kasse %1: %2</translation>
    </message>
    <message>
        <source>Z report %1-%2</source>
        <translation>Z-rapport %1-%2</translation>
    </message>
    <message>
        <source>Cash counted differs from expected</source>
        <translation>Opptalt kontant avviker fra forventet</translation>
    </message>
</context>
<context>
    <name>skranke::TransferQueue</name>
    <message>
        <source>Another transfer to the accounting program is running; the vouchers are sent when it is done.</source>
        <translation>En annen overføring til regnskapsprogrammet pågår; bilagene sendes når den er ferdig.</translation>
    </message>
    <message>
        <source>Voucher %1 could not be sent (%2); the vouchers after it wait until it is restarted.</source>
        <translation>Bilag %1 kunne ikke sendes (%2); bilagene etter det venter til det startes på nytt.</translation>
    </message>
    <message>
        <source>Another worker took over the transfer.</source>
        <translation>En annen prosess tok over overføringen.</translation>
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
        <translation>Ukjent regnskapsmål «%1»; Skranke kjenner %2.</translation>
    </message>
</context>
<context>
    <name>skranke::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Det finnes ingen bruker «%1».</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Brukernavnet må være 1–32 små bokstaver, sifre, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; og begynne med en bokstav eller et siffer.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-koden må være 4 til 8 sifre.</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters.</source>
        <translation>Passordet må være minst 8 tegn.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>Det finnes ingen rolle «%1».</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Navnet må fylles ut.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>Brukernavnet «%1» er opptatt.</translation>
    </message>
    <message>
        <source>The owner already exists.</source>
        <translation>Eieren finnes allerede.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Du kan ikke deaktivere deg selv.</translation>
    </message>
    <message>
        <source>The last owner cannot be deactivated.</source>
        <translation>Den siste eieren kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Du kan ikke endre din egen rolle.</translation>
    </message>
</context>
<context>
    <name>skranke::UsersSettingsPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til bruker …</translation>
    </message>
    <message>
        <source>Change &amp;PIN/password…</source>
        <translation>Bytt &amp;PIN-kode/passord …</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Bytt r&amp;olle …</translation>
    </message>
    <message>
        <source>Ac&amp;tivate/deactivate</source>
        <translation>Ak&amp;tiver/deaktiver</translation>
    </message>
    <message>
        <source>Adding and changing other users takes the right &quot;%1&quot;.</source>
        <translation>Å legge til og endre andre brukere krever rettigheten «%1».</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <source>New PIN (4–8 digits) for %1:</source>
        <translation>Ny PIN-kode (4–8 sifre) for %1:</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>Gjenta den nye PIN-koden:</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-kodene er forskjellige.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Bytt rolle</translation>
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
        <translation>Refusjon satt inn</translation>
    </message>
    <message>
        <source>Card returned</source>
        <translation>Kort returnert</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Nettbestilling</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Verdikort</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s number and press Enter</source>
        <translation>Skann eller skriv inn kortets nummer og trykk Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Till / receipt</source>
        <translation>Kasse / kvittering</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Card %1: %2 left</source>
        <translation>Kort %1: %2 igjen</translation>
    </message>
</context>
<context>
    <name>skranke::ValueCards</name>
    <message>
        <source>A value card number has digits and letters only: &quot;%1&quot;.</source>
        <translation>Et verdikortnummer kan bare inneholde sifre og bokstaver: «%1».</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Angi verdikortets nummer.</translation>
    </message>
    <message>
        <source>A value card number has at most 32 characters.</source>
        <translation>Et verdikortnummer kan ha høyst 32 tegn.</translation>
    </message>
    <message>
        <source>No value card has the number %1.</source>
        <translation>Det finnes ikke noe verdikort med nummer %1.</translation>
    </message>
    <message>
        <source>Put more than 0 on a value card.</source>
        <translation>Sett inn mer enn 0 på et verdikort.</translation>
    </message>
    <message>
        <source>Value card %1 holds %2, not %3.</source>
        <translation>Verdikort %1 har en saldo på %2, ikke %3.</translation>
    </message>
    <message>
        <source>Value card %1 has %2 left, not %3.</source>
        <translation>Verdikort %1 har %2 igjen, ikke %3.</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
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
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>The key the accounting program sees the voucher by</source>
        <translation>Nøkkelen regnskapsprogrammet kjenner igjen bilaget på</translation>
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
        <translation>Mva-kode</translation>
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
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherListModel</name>
    <message>
        <source>Not marked for transfer</source>
        <translation>Ikke merket for overføring</translation>
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
        <translation>Feilet %1: %2</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherListPage</name>
    <message>
        <source>All states</source>
        <translation>Alle tilstander</translation>
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
        <translation>T&amp;ilstand:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sø&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>Merk &amp;alle</translation>
    </message>
    <message>
        <source>Select every voucher of the list</source>
        <translation>Merk alle bilagene i listen</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>O&amp;verfør</translation>
    </message>
    <message>
        <source>Queue the selected pending vouchers for the accounting program</source>
        <translation>Legg de valgte ventende bilagene i kø for regnskapsprogrammet</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Start på n&amp;ytt</translation>
    </message>
    <message>
        <source>Look up the accounts of the selected failed vouchers again and queue them</source>
        <translation>Slå opp kontoene for de valgte feilede bilagene på nytt og legg dem i kø</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;nå</translation>
    </message>
    <message>
        <source>Restart &amp;all</source>
        <translation>Sta&amp;rt alle på nytt</translation>
    </message>
    <message>
        <source>Restart every failed voucher, of any period</source>
        <translation>Start alle feilede bilag på nytt, uansett periode</translation>
    </message>
    <message>
        <source>%1 of %2 vouchers loaded</source>
        <translation>%1 av %2 bilag lastet</translation>
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
        <translation>Send bilagene i kø (%1) til regnskapsprogrammet nå</translation>
    </message>
    <message>
        <source>No accounting program is set up: see Settings → Accounting</source>
        <translation>Ingen regnskapsprogram er satt opp: se Innstillinger → Regnskap</translation>
    </message>
    <message>
        <source>Only the first %1 vouchers are marked; choose a shorter period for the rest.</source>
        <translation>Bare de første %1 bilagene er merket; velg en kortere periode for resten.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued for transfer.</source>
        <translation>
            <numerusform>%n bilag lagt i kø for overføring.</numerusform>
            <numerusform>%n bilag lagt i kø for overføring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 vouchers queued again; the others still fail (see Reason).</source>
        <translation>%1 av %2 bilag lagt i kø på nytt; de andre feiler fortsatt (se Årsak).</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued again.</source>
        <translation>
            <numerusform>%n bilag lagt i kø på nytt.</numerusform>
            <numerusform>%n bilag lagt i kø på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) queued again.</source>
        <translation>
            <numerusform>%n feilet bilag lagt i kø på nytt.</numerusform>
            <numerusform>%n feilede bilag lagt i kø på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another transfer is running; try again in a moment.</source>
        <translation>En annen overføring pågår; prøv igjen om litt.</translation>
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
            <numerusform>, %n feilet</numerusform>
            <numerusform>, %n feilet</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n voucher(s) to the accounting program …</source>
        <translation>
            <numerusform>Sender %n bilag til regnskapsprogrammet …</numerusform>
            <numerusform>Sender %n bilag til regnskapsprogrammet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Making vouchers for what was posted since last time … the list shows them when they are made.</source>
        <translation>Lager bilag for det som er bokført siden sist … listen viser dem når de er laget.</translation>
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
        <translation>Det finnes ikke noe bilag %1.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherTexts</name>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
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
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Target unreachable</source>
        <translation>Målet kan ikke nås</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Kvoten er brukt opp</translation>
    </message>
    <message>
        <source>Missing mapping</source>
        <translation>Manglende kontotilordning</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Innbetalinger</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refusjoner</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Utbetalinger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
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
        <translation>Kassekvittering</translation>
    </message>
    <message>
        <source>Debtor payment</source>
        <translation>Kundeinnbetaling</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensasjon</translation>
    </message>
    <message>
        <source>Online order capture</source>
        <translation>Trekk på nettordre</translation>
    </message>
    <message>
        <source>Online order refund</source>
        <translation>Refusjon av nettordre</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Kontant inn/ut</translation>
    </message>
    <message>
        <source>Z-report difference</source>
        <translation>Z-rapportdifferanse</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetaling</translation>
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
        <translation>Landets standardkontoplan og kontotilordning installeres første gang bilag lages (accounting vouchers).</translation>
    </message>
    <message>
        <source>%1 is no longer mapped.</source>
        <translation>%1 er ikke lenger tilordnet.</translation>
    </message>
    <message>
        <source>%1 now goes to account %2.</source>
        <translation>%1 føres nå på konto %2.</translation>
    </message>
    <message>
        <source>The chart of accounts is empty: the country&apos;s default chart and mapping are installed the first time vouchers are made (accounting vouchers).</source>
        <translation>Kontoplanen er tom: landets standardkontoplan og kontotilordning installeres første gang bilag lages (accounting vouchers).</translation>
    </message>
    <message>
        <source>Give --auto-from DATE or --auto-off, not both.</source>
        <translation>Angi --auto-from DATO eller --auto-off, ikke begge.</translation>
    </message>
    <message>
        <source>accounting %1 takes no --%2.</source>
        <translation>accounting %1 tar ikke --%2.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE and --to DATE.</source>
        <translation>Angi perioden med --from DATO og --to DATO.</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) kan ikke være før --from (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a voucher number.</source>
        <translation>«%1» er ikke et bilagsnummer.</translation>
    </message>
    <message>
        <source>There is no voucher number %1.</source>
        <translation>Det finnes ikke noe bilag med nummer %1.</translation>
    </message>
    <message>
        <source>--state must be pending, queued, transferred or failed, not &quot;%1&quot;.</source>
        <translation>--state må være pending, queued, transferred eller failed, ikke «%1».</translation>
    </message>
    <message>
        <source>--category must be sale, payment, refund, payout or other, not &quot;%1&quot;.</source>
        <translation>--category må være sale, payment, refund, payout eller other, ikke «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n new voucher(s) made.</source>
        <translation>
            <numerusform>%n nytt bilag laget.</numerusform>
            <numerusform>%n nye bilag laget.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vouchers match.</source>
        <translation>Ingen bilag passer.</translation>
    </message>
    <message>
        <source>--target must be one of %1, not &quot;%2&quot;.</source>
        <translation>--target må være en av %1, ikke «%2».</translation>
    </message>
    <message>
        <source>Give --mark-from and --mark-to together: the period whose pending vouchers to transfer.</source>
        <translation>Angi --mark-from og --mark-to sammen: perioden med ventende bilag som skal overføres.</translation>
    </message>
    <message>
        <source>--mark-to (%1) must not be before --mark-from (%2).</source>
        <translation>--mark-to (%1) kan ikke være før --mark-from (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) restarted.</source>
        <translation>
            <numerusform>%n feilet bilag startet på nytt.</numerusform>
            <numerusform>%n feilede bilag startet på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending voucher(s) dated %1 – %2 marked for transfer.</source>
        <translation>
            <numerusform>%n ventende bilag datert %1 – %2 merket for overføring.</numerusform>
            <numerusform>%n ventende bilag datert %1 – %2 merket for overføring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed and wait: see &quot;accounting vouchers --state failed&quot;, then map the accounts and restart them (accounting transfer --restart-failed).</source>
        <translation>
            <numerusform>%n bilag feilet og venter: se «accounting vouchers --state failed», tilordne så kontoene og start bilaget på nytt (accounting transfer --restart-failed).</numerusform>
            <numerusform>%n bilag feilet og venter: se «accounting vouchers --state failed», tilordne så kontoene og start bilagene på nytt (accounting transfer --restart-failed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n bilag startet på nytt.</numerusform>
            <numerusform>%n bilag startet på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export format must be one of %1, not &quot;%2&quot;.</source>
        <translation>Eksportformatet må være ett av %1, ikke «%2».</translation>
    </message>
    <message>
        <source>accounting export needs -o FILE: where to write it.</source>
        <translation>accounting export krever -o FIL: hvor filen skal skrives.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n voucher(s) dated %1 – %2 to %3.</source>
        <translation>
            <numerusform>Skrev %n bilag datert %1 – %2 til %3.</numerusform>
            <numerusform>Skrev %n bilag datert %1 – %2 til %3.</numerusform>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Referanse / årsak</translation>
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
        <translation>Beløp: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Betalingsmåte: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tilstand: %1</translation>
    </message>
    <message>
        <source>Transferred to %1 at %2, reference %3</source>
        <translation>Overført til %1 %2, referanse %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Feilet: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Forsøk: %1</translation>
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
        <translation>Mva</translation>
    </message>
    <message>
        <source>not mapped (%1)</source>
        <translation>ikke tilordnet (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Another transfer is running right now; nothing was sent. Try again shortly.</source>
        <translation>En annen overføring pågår akkurat nå; ingenting ble sendt. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Transferred: %1, failed: %2.</source>
        <translation>Overført: %1, feilet: %2.</translation>
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
        <translation>ingen (bilag blir bare eksportert)</translation>
    </message>
    <message>
        <source>Automatic transfer: %1</source>
        <translation>Automatisk overføring: %1</translation>
    </message>
    <message>
        <source>on, for vouchers dated from %1</source>
        <translation>på, for bilag datert fra %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>REST URL: %1</source>
        <translation>REST-URL: %1</translation>
    </message>
    <message>
        <source>REST key: %1</source>
        <translation>REST-nøkkel: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>angitt</translation>
    </message>
    <message>
        <source>REST timeout: %1 s</source>
        <translation>REST-tidsavbrudd: %1 s</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>ikke tilordnet</translation>
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
        <translation>Produktet: varenummer eller ID.</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>Første dag.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Siste dag (høyst ett år etter den første).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli availability --product NUMBER|ID --from DATE --to DATE
Free units of the product on each day from --from to --to; below 0 when overbooked.</source>
        <translation>Bruk: skranke-cli availability --product NUMMER|ID --from DATO --to DATO
Ledige enheter av produktet hver dag fra --from til --to; under 0 ved overbooking.</translation>
    </message>
    <message>
        <source>%1 is not booked over time.</source>
        <translation>%1 bookes ikke over tid.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to kan ikke være før --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Høyst %1 dager om gangen.</translation>
    </message>
    <message>
        <source>%1 (%2), capacity %3</source>
        <translation>%1 (%2), kapasitet %3</translation>
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
        <translation>Den nye sikkerhetskopien (må ikke finnes).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] backup FILE</source>
        <translation>Bruk: skranke-cli [--db FIL] backup FIL</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup trenger nøyaktig én FIL.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Sikkerhetskopierte %1 til %2.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BalanceList</name>
    <message>
        <source>Not due</source>
        <translation>Ikke forfalt</translation>
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
        <translation>Datoen saldoene gjelder per.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Days per aging interval.</source>
        <translation>Dager per aldersintervall.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Første kunde-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Siste kunde-ID.</translation>
    </message>
    <message>
        <source>Each open item under its debtor.</source>
        <translation>Hver åpen post under sin kunde.</translation>
    </message>
    <message>
        <source>Debtors with balance 0 too.</source>
        <translation>Også kunder med saldo 0.</translation>
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
        <translation>--interval må være et antall dager.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kunde</translation>
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
        <translation>Forfall</translation>
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
        <translation>Bruk: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to ID] [--specified] [--include-zero] [--csv FIL [--separator S]] [--pdf FIL]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Booking</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 må oppgis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID (a whole number above 0).</source>
        <translation>«%1» er ikke en ID (et heltall over 0).</translation>
    </message>
    <message>
        <source>--%1 is too large: %2.</source>
        <translation>--%1 er for stort: %2.</translation>
    </message>
    <message>
        <source>No product has the item number or ID &quot;%1&quot;.</source>
        <translation>Ikke noe produkt har varenummeret eller ID-en «%1».</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finnes ikke noe produkt %1.</translation>
    </message>
    <message>
        <source>manual price</source>
        <translation>manuell pris</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>overbooket</translation>
    </message>
    <message>
        <source>repeats monthly</source>
        <translation>gjentas hver måned</translation>
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
        <translation>oppgjort</translation>
    </message>
    <message>
        <source>guests %1</source>
        <translation>gjester %1</translation>
    </message>
    <message>
        <source>Where the booking came from (create, edit).</source>
        <translation>Hvor bookingen kom fra (create, edit).</translation>
    </message>
    <message>
        <source>Who referred the customer (create, edit).</source>
        <translation>Hvem som henviste gjesten (create, edit).</translation>
    </message>
    <message>
        <source>The campaign (create, edit).</source>
        <translation>Kampanjen (create, edit).</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (create, edit); the payment&apos;s comment (pay).</source>
        <translation>Gjestens kommentar (create, edit); innbetalingens kommentar (pay).</translation>
    </message>
    <message>
        <source>An internal note (create, edit).</source>
        <translation>Et internt notat (create, edit).</translation>
    </message>
    <message>
        <source>A message printed on the booking&apos;s invoices (create, edit).</source>
        <translation>En melding som skrives på bookingens fakturaer (create, edit).</translation>
    </message>
    <message>
        <source>Booking %1 created.</source>
        <translation>Booking %1 er opprettet.</translation>
    </message>
    <message>
        <source>Booking %1 saved.</source>
        <translation>Booking %1 er lagret.</translation>
    </message>
    <message>
        <source>Booking %1, no customer yet</source>
        <translation>Booking %1, ingen gjest ennå</translation>
    </message>
    <message>
        <source>Booking %1 for %2 (customer %3)</source>
        <translation>Booking %1 for %2 (gjest %3)</translation>
    </message>
    <message>
        <source>Purpose: %1  Source: %2  Booked by: %3</source>
        <translation>Formål: %1  Kilde: %2  Booket av: %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <source>Deposit due: %1  Final due: %2</source>
        <translation>Forfall depositum: %1  Sluttforfall: %2</translation>
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
        <translation>Totalt %1 %2, betalt %3</translation>
    </message>
    <message>
        <source>Invoice %1 of %2, due %3: %4</source>
        <translation>Faktura %1 på %2, forfall %3: %4</translation>
    </message>
    <message>
        <source>Payment %1 on %2: %3 (%4) %5</source>
        <translation>Innbetaling %1 den %2: %3 (%4) %5</translation>
    </message>
    <message>
        <source>Failed payment %1 on %2: %3 (%4) %5</source>
        <translation>Mislykket innbetaling %1 den %2: %3 (%4) %5</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 copied to booking %2 (%n row(s)).</source>
        <translation>
            <numerusform>Booking %1 kopiert til booking %2 (%n linje).</numerusform>
            <numerusform>Booking %1 kopiert til booking %2 (%n linjer).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The customer the booking is for (create, edit).</source>
        <translation>Gjesten bookingen gjelder (create, edit).</translation>
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
        <translation>NØKKEL</translation>
    </message>
    <message>
        <source>Tags of the booking (create, edit) or the row (row).</source>
        <translation>Stikkord for bookingen (create, edit) eller linjen (row).</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>STIKKORD</translation>
    </message>
    <message>
        <source>When the deposit is due (create, edit).</source>
        <translation>Når depositumet forfaller (create, edit).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>When the whole amount is due (create, edit).</source>
        <translation>Når hele beløpet forfaller (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier a report of the booking (create, edit).</source>
        <translation>Send leverandøren en rapport om bookingen (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier no report (edit).</source>
        <translation>Send ingen rapport til leverandøren (edit).</translation>
    </message>
    <message>
        <source>The product booked: its item number or ID (row add, row edit).</source>
        <translation>Produktet som bookes: varenummer eller ID (row add, row edit).</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>Arrival: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by the hour (row).</source>
        <translation>Ankomst: YYYY-MM-DD, eller YYYY-MM-DDTHH:MM for produkter som bookes per time (row).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>NÅR</translation>
    </message>
    <message>
        <source>Departure, as the arrival (row).</source>
        <translation>Avreise, i samme format som ankomsten (row).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1 (row).</source>
        <translation>Gjester per kategori, f.eks. adult:2,child:1 (row).</translation>
    </message>
    <message>
        <source>GUESTS</source>
        <translation>GJESTER</translation>
    </message>
    <message>
        <source>A manual price for the row including VAT, instead of the price table&apos;s (row).</source>
        <translation>En manuell pris for linjen inkludert mva, i stedet for prisen fra pristabellen (row).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>Drop the manual price and use the price table&apos;s (row edit).</source>
        <translation>Fjern den manuelle prisen og bruk prisen fra pristabellen (row edit).</translation>
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
        <translation>Enheten som skal bookes; standard er den første ledige (row).</translation>
    </message>
    <message>
        <source>The row this row belongs under (row).</source>
        <translation>Linjen denne linjen hører under (row).</translation>
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
        <translation>En langtidsleie som gjentas hver måned (row, med --status long_term).</translation>
    </message>
    <message>
        <source>Book even when the product is fully booked; needs the overbooking right (row).</source>
        <translation>Book selv om produktet er fullbooket; krever retten til å overbooke (row).</translation>
    </message>
    <message>
        <source>The amount paid (pay).</source>
        <translation>Beløpet som er betalt (pay).</translation>
    </message>
    <message>
        <source>How it was paid, e.g. bank or card (pay; default bank).</source>
        <translation>Hvordan det ble betalt, f.eks. bank eller card (pay; standard bank).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODE</translation>
    </message>
    <message>
        <source>The payment&apos;s transaction ID (pay).</source>
        <translation>Innbetalingens transaksjons-ID (pay).</translation>
    </message>
    <message>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <source>The month to run (run-recurring).</source>
        <translation>Måneden som skal kjøres (run-recurring).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Invoice %1 for booking %2: %3 %4, due %5.</source>
        <translation>Faktura %1 for booking %2: %3 %4, forfall %5.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid of %3 %4.</source>
        <translation>Booking %1: %2 betalt av %3 %4.</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Fullt betalt.</translation>
    </message>
    <message>
        <source>Not paid in full.</source>
        <translation>Ikke fullt betalt.</translation>
    </message>
    <message>
        <source>Final now: row %1.</source>
        <translation>Nå endelig: linje %1.</translation>
    </message>
    <message>
        <source>--month must be a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month må være en måned som YYYY-MM, ikke «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) created for %1.</source>
        <translation>
            <numerusform>%n linje opprettet for %1.</numerusform>
            <numerusform>%n linjer opprettet for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: %1.</source>
        <translation>Fakturaer: %1.</translation>
    </message>
    <message>
        <source>Already run for the month: booking %1.</source>
        <translation>Allerede kjørt for måneden: booking %1.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) må være etter --arrival (%2).</translation>
    </message>
    <message>
        <source>Give --price or --offered-price, not both.</source>
        <translation>Oppgi --price eller --offered-price, ikke begge.</translation>
    </message>
    <message>
        <source>Row %1 added to booking %2: %3, %4 – %5.</source>
        <translation>Linje %1 lagt til i booking %2: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Row %1 of booking %2 saved: %3, %4 – %5.</source>
        <translation>Linje %1 i booking %2 er lagret: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Price %1 %2</source>
        <translation>Pris %1 %2</translation>
    </message>
    <message>
        <source> (manual; the price table offers %1)</source>
        <translation> (manuell; pristabellen gir %1)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>ingen pris</translation>
    </message>
    <message>
        <source>Status %1, unit %2</source>
        <translation>Status %1, enhet %2</translation>
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
        <translation>En linje blir værende i sin booking: row edit tar ikke --booking.</translation>
    </message>
    <message>
        <source>The bank account to pay back to: reg. no. and account, a Norwegian account number or an IBAN (refund).</source>
        <translation>Bankkontoen det skal betales tilbake til: reg.nr. og konto, et norsk kontonummer eller et IBAN (refund).</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>Pay back to the card (refund).</source>
        <translation>Betal tilbake til kortet (refund).</translation>
    </message>
    <message>
        <source>The booking to move the payment to (transfer).</source>
        <translation>Bookingen innbetalingen skal flyttes til (transfer).</translation>
    </message>
    <message>
        <source>Give either --account or --card.</source>
        <translation>Oppgi enten --account eller --card.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid back; %3 still refundable.</source>
        <translation>Booking %1: %2 betalt tilbake; %3 kan fortsatt refunderes.</translation>
    </message>
    <message>
        <source>%1 moved from booking %2 (now paid %3) to booking %4 (now paid %5).</source>
        <translation>%1 flyttet fra booking %2 (nå betalt %3) til booking %4 (nå betalt %5).</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>AVVIST</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>Ingenting å gjøre på %1.</translation>
    </message>
    <message>
        <source>A preview: nothing was done.</source>
        <translation>En forhåndsvisning: ingenting ble gjort.</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>
            <numerusform>%n e-post lagt i utboksen; «skranke-cli mail send» leverer den.</numerusform>
            <numerusform>%n e-poster lagt i utboksen; «skranke-cli mail send» leverer dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the customer pays, e.g. invoice or card (create, edit).</source>
        <translation>Hvordan gjesten betaler, f.eks. invoice eller card (create, edit).</translation>
    </message>
    <message>
        <source>The booking is invoiced (default yes).</source>
        <translation>Bookingen faktureres (standard ja).</translation>
    </message>
    <message>
        <source>run-billing emails new invoices to the customer (default yes).</source>
        <translation>run-billing sender nye fakturaer til gjesten på e-post (standard ja).</translation>
    </message>
    <message>
        <source>run-billing invoices rows not yet invoiced (default yes).</source>
        <translation>run-billing fakturerer linjer som ikke er fakturert ennå (standard ja).</translation>
    </message>
    <message>
        <source>run-billing lists overdue invoices for a reminder (default yes).</source>
        <translation>run-billing tar med forfalte fakturaer som skal purres (standard ja).</translation>
    </message>
    <message>
        <source>Rows are settled when the booking is paid in full (default yes).</source>
        <translation>Linjene gjøres opp når bookingen er fullt betalt (standard ja).</translation>
    </message>
    <message>
        <source>run-billing cancels the booking when the deposit or the total is not paid by its due date (default no).</source>
        <translation>run-billing avbestiller bookingen når depositumet eller totalbeløpet ikke er betalt innen forfall (standard nei).</translation>
    </message>
    <message>
        <source>Give --%1 or --no-%1, not both.</source>
        <translation>Oppgi --%1 eller --no-%1, ikke begge.</translation>
    </message>
    <message>
        <source>The booking the row is added to (row add); the booking to cancel (cancel).</source>
        <translation>Bookingen linjen legges til i (row add); bookingen som skal avbestilles (cancel).</translation>
    </message>
    <message>
        <source>The row to cancel (cancel).</source>
        <translation>Linjen som skal avbestilles (cancel).</translation>
    </message>
    <message>
        <source>Why it is cancelled; required (cancel).</source>
        <translation>Hvorfor den avbestilles; må oppgis (cancel).</translation>
    </message>
    <message>
        <source>Charge none of the cancellation fee the product&apos;s rules suggest (cancel).</source>
        <translation>Frafall avbestillingsgebyret som produktets vilkår foreslår (cancel).</translation>
    </message>
    <message>
        <source>Cancel the row&apos;s package parts and accessories too (cancel).</source>
        <translation>Avbestill også linjens pakkedeler og tilbehør (cancel).</translation>
    </message>
    <message>
        <source>How many units (row; default 1); how many of the row&apos;s units to cancel (cancel; default all).</source>
        <translation>Hvor mange enheter (row; standard 1); hvor mange av linjens enheter som skal avbestilles (cancel; standard alle).</translation>
    </message>
    <message>
        <source>Invoice or payment date; for run-recurring and run-billing the invoice date (default: today).</source>
        <translation>Faktura- eller betalingsdato; for run-recurring og run-billing fakturadatoen (standard: i dag).</translation>
    </message>
    <message>
        <source>Only list what the run would do (run-billing).</source>
        <translation>Bare vis hva kjøringen ville gjort (run-billing).</translation>
    </message>
    <message>
        <source>The opposite of --%1.</source>
        <translation>Det motsatte av --%1.</translation>
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
        <translation>Bruk: skranke-cli --user MEG booking create [--customer ID] [--purpose NØKKEL] [--source S] [--referrer R] [--campaign C] [--tags T] [--comment TEKST] [--note TEKST] [--deposit-due D] [--final-due D] [--invoice-message TEKST] [--payment-method M] [--supplier-report] [--[no-]invoice] [--[no-]send-invoice] [--[no-]generate-invoice] [--[no-]generate-reminder] [--[no-]settle-booking] [--[no-]cancel-on-missing-payment]
      skranke-cli --user MEG booking edit ID [de samme valgene] [--no-supplier-report]
      skranke-cli booking show ID
      skranke-cli --user MEG booking copy ID
      skranke-cli --user MEG booking row add --booking ID --product NUMMER|ID --arrival NÅR --departure NÅR [--quantity N] [--guests adult:2,child:1] [--price BELØP] [--status STATUS] [--resource ID] [--parent LINJE] [--text TEKST] [--tags T] [--recurring] [--overbook]
      skranke-cli --user MEG booking row edit LINJE [de samme valgene unntatt --booking] [--offered-price]
      skranke-cli --user MEG booking invoice ID [--date D]
      skranke-cli --user MEG booking pay ID --amount B [--date D] [--method M] [--reference TXID] [--comment C]
      skranke-cli --user MEG booking run-recurring --month YYYY-MM [--date D]
      skranke-cli --user MEG booking run-billing [--date D] [--dry-run]
      skranke-cli --user MEG booking refund ID --amount B (--account KONTO|--card) [--date D] [--reference TXID] [--comment C]
      skranke-cli --user MEG booking transfer ID --to ID --amount B [--date D] [--comment C]
      skranke-cli --user MEG booking cancel --row ID [--quantity N] --reason TEKST [--waive-fee] [--all-parts]
      skranke-cli --user MEG booking cancel --booking ID --reason TEKST [--waive-fee]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingCancel</name>
    <message numerus="yes">
        <source>Row %1: %n unit(s) cancelled</source>
        <translation>
            <numerusform>Linje %1: %n enhet avbestilt</numerusform>
            <numerusform>Linje %1: %n enheter avbestilt</numerusform>
        </translation>
    </message>
    <message>
        <source>, billed: the purchase stands, no fee</source>
        <translation>, fakturert: kjøpet gjelder fortsatt, ikke noe gebyr</translation>
    </message>
    <message>
        <source>, fee %1 %2 waived by %3</source>
        <translation>, gebyr %1 %2 frafalt av %3</translation>
    </message>
    <message>
        <source>, fee %1 %2</source>
        <translation>, gebyr %1 %2</translation>
    </message>
    <message>
        <source>booking cancel takes no --%1.</source>
        <translation>booking cancel tar ikke --%1.</translation>
    </message>
    <message>
        <source>--reason is required: say why it is cancelled.</source>
        <translation>--reason må oppgis: si hvorfor den avbestilles.</translation>
    </message>
    <message>
        <source>--quantity cancels units of one row: give it with --row, not --booking.</source>
        <translation>--quantity avbestiller enheter på én linje: bruk den med --row, ikke --booking.</translation>
    </message>
    <message>
        <source>--all-parts is for --row: --booking cancels every row anyway.</source>
        <translation>--all-parts er for --row: --booking avbestiller alle linjene uansett.</translation>
    </message>
    <message>
        <source>--all-parts cancels whole rows: give it without --quantity.</source>
        <translation>--all-parts avbestiller hele linjer: bruk den uten --quantity.</translation>
    </message>
    <message>
        <source>Cancellation report for %1 queued for %2 (outbox %3).</source>
        <translation>Avbestillingsrapport for %1 lagt i kø til %2 (utboks %3).</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them of the cancellation yourself.</source>
        <translation>%1 har ingen e-postadresse: gi beskjed om avbestillingen selv.</translation>
    </message>
    <message>
        <source>booking cancel needs --row ID or --booking ID.</source>
        <translation>booking cancel trenger --row ID eller --booking ID.</translation>
    </message>
    <message>
        <source>Give --row or --booking, not both.</source>
        <translation>Oppgi --row eller --booking, ikke begge.</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Avbestillingen gjelder, men leverandørene har ikke fått beskjed: %1</translation>
    </message>
    <message>
        <source>Fees of %1 %2 are billed with booking %3&apos;s next invoice.</source>
        <translation>Gebyrer på %1 %2 faktureres med neste faktura for booking %3.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli mail send&quot; delivers the outbox.</source>
        <translation>«skranke-cli mail send» sender det som ligger i utboksen.</translation>
    </message>
    <message>
        <source>Give --set or --clear, not both.</source>
        <translation>Oppgi --set eller --clear, ikke begge.</translation>
    </message>
    <message>
        <source>--set needs the rules, e.g. &quot;14:50, 3:100&quot;; --clear removes them.</source>
        <translation>--set trenger vilkårene, f.eks. &quot;14:50, 3:100&quot;; --clear fjerner dem.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Rules (days before arrival: fee %): %1</source>
        <translation>Vilkår (dager før ankomst: gebyr %): %1</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingMail</name>
    <message>
        <source>Usage: skranke-cli [--user ME] booking supplier-report ID [--pdf-dir DIR] [--send]
       skranke-cli --user ME booking send-invoice ID
       skranke-cli --user ME booking send-confirmation ID
The emails are queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>Bruk: skranke-cli [--user MEG] booking supplier-report ID [--pdf-dir MAPPE] [--send]
      skranke-cli --user MEG booking send-invoice ID
      skranke-cli --user MEG booking send-confirmation ID
E-postene legges i utboksen; «skranke-cli mail send» leverer dem.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Booking %1 har ingen linjer fra en leverandør (som ikke er avbestilt): det er ingenting å rapportere.</translation>
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
        <translation>, ingen e-postadresse</translation>
    </message>
    <message>
        <source>, queued for %1 (outbox %2)</source>
        <translation>, lagt i kø til %1 (utboks %2)</translation>
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
        <translation>Ingen leverandør har e-postadresse: ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Queued; send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Lagt i kø; send med «skranke-cli mail send».</translation>
    </message>
    <message>
        <source>Nothing sent: add --send to email the reports, or --pdf-dir DIR to write them.</source>
        <translation>Ingenting sendt: legg til --send for å sende rapportene på e-post, eller --pdf-dir MAPPE for å skrive dem.</translation>
    </message>
    <message>
        <source>Supplier reports of booking %1:</source>
        <translation>Leverandørrapporter for booking %1:</translation>
    </message>
    <message>
        <source>Payment confirmation (invoice %1 marked paid) of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Betalingsbekreftelse (faktura %1 merket som betalt) for booking %2 lagt i kø til %3 (utboks %4); send den med «skranke-cli mail send».</translation>
    </message>
    <message>
        <source>Invoice %1 of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Faktura %1 for booking %2 lagt i kø til %3 (utboks %4); send den med «skranke-cli mail send».</translation>
    </message>
    <message>
        <source>What to send.</source>
        <translation>Hva som skal sendes.</translation>
    </message>
    <message>
        <source>Write each supplier&apos;s report as a PDF into this folder (supplier-report).</source>
        <translation>Skriv hver leverandørs rapport som PDF i denne mappen (supplier-report).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Email each supplier their report and mark the booking as reported (supplier-report).</source>
        <translation>Send hver leverandør rapporten sin på e-post og merk bookingen som rapportert (supplier-report).</translation>
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
        <translation>(ingen gjest)</translation>
    </message>
    <message>
        <source>(%1 waived by %2)</source>
        <translation>(%1 frafalt av %2)</translation>
    </message>
    <message>
        <source>[billed]</source>
        <translation>[fakturert]</translation>
    </message>
    <message>
        <source>The first day (default: this Monday).</source>
        <translation>Første dag (standard: mandag denne uken).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day, inclusive (default: this Sunday; at most %1 days).</source>
        <translation>Siste dag, medregnet (standard: søndag denne uken; høyst %1 dager).</translation>
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
        <translation>Bruk: skranke-cli cancellations [--from DATO --to DATO] [--csv FIL [--separator S]] [--pdf FIL]
Bookingene som ble avbestilt på dagene fra --from til --to (i virksomhetens tidssone), med årsaker og gebyrer; uten datoer denne uken (mandag til søndag).</translation>
    </message>
    <message>
        <source>Give --to with --from (or neither for this week).</source>
        <translation>Oppgi --to sammen med --from (eller ingen av dem for denne uken).</translation>
    </message>
    <message>
        <source>Give --from with --to (or neither for this week).</source>
        <translation>Oppgi --from sammen med --to (eller ingen av dem for denne uken).</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) kan ikke være før --from (%2).</translation>
    </message>
    <message>
        <source>--to: at most %1 days from --from at a time.</source>
        <translation>--to: høyst %1 dager fra --from om gangen.</translation>
    </message>
    <message>
        <source>Cancellations %1 – %2</source>
        <translation>Avbestillinger %1 – %2</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Ingen bookinger ble avbestilt i denne perioden.</translation>
    </message>
    <message>
        <source>Total: %1 cancellations, %2 units, fees %3 %4</source>
        <translation>Totalt: %1 avbestillinger, %2 enheter, gebyrer %3 %4</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Catalog</name>
    <message>
        <source>%1 (%2) is not booked over time.</source>
        <translation>%1 (%2) bookes ikke over tid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>«%1» er ikke en ukedag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Name at least one weekday.</source>
        <translation>Angi minst én ukedag.</translation>
    </message>
    <message>
        <source>%1  %2  %3  length %4  quantity %5  guests %6  %7 %8  %9  priority %10</source>
        <translation>%1  %2  %3  lengde %4  antall %5  gjester %6  %7 %8  %9  prioritet %10</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>«%1» er ikke en gjestekategori.</translation>
    </message>
    <message>
        <source>--priority is a whole number: %1.</source>
        <translation>--priority må være et heltall: %1.</translation>
    </message>
    <message>
        <source>The amount is in %1, the product&apos;s price in %2.</source>
        <translation>Beløpet er i %1, produktets pris i %2.</translation>
    </message>
    <message>
        <source>%1 has no price rules: its price %2 is the price per unit.</source>
        <translation>%1 har ingen prisregler: prisen %2 er prisen per enhet.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
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
        <translation>Hvor leverandørrapporter sendes.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-POST</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME supplier add --name N [--email E]
       skranke-cli supplier list</source>
        <translation>Bruk: skranke-cli --user MEG supplier add --name N [--email E]
      skranke-cli supplier list</translation>
    </message>
    <message>
        <source>Supplier %1 added: %2</source>
        <translation>Leverandør %1 lagt til: %2</translation>
    </message>
    <message>
        <source>No suppliers.</source>
        <translation>Ingen leverandører.</translation>
    </message>
    <message>
        <source>What to set.</source>
        <translation>Hva som skal angis.</translation>
    </message>
    <message>
        <source>The product: its item number or ID.</source>
        <translation>Produktet: varenummer eller ID.</translation>
    </message>
    <message>
        <source>The supplier&apos;s ID, or none.</source>
        <translation>Leverandørens ID, eller none.</translation>
    </message>
    <message>
        <source>ID|none</source>
        <translation>ID|none</translation>
    </message>
    <message>
        <source>The guest categories the product takes, or all.</source>
        <translation>Gjestekategoriene produktet tar imot, eller all.</translation>
    </message>
    <message>
        <source>KEY,KEY|all</source>
        <translation>NØKKEL,NØKKEL|all</translation>
    </message>
    <message>
        <source>%1 is supplied by %2.</source>
        <translation>%1 leveres av %2.</translation>
    </message>
    <message>
        <source>%1 has no supplier.</source>
        <translation>%1 har ingen leverandør.</translation>
    </message>
    <message>
        <source>%1 takes: %2</source>
        <translation>%1 tar imot: %2</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>What the amount is for: unit (a night or hour), stay, guest_unit, guest_stay.</source>
        <translation>Hva beløpet gjelder: unit (en natt eller time), stay, guest_unit, guest_stay.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>GRUNNLAG</translation>
    </message>
    <message>
        <source>The amount incl. VAT, e.g. 895.00.</source>
        <translation>Beløpet inkl. mva, f.eks. 895.00.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>The season&apos;s first day (open when not given).</source>
        <translation>Sesongens første dag (åpen når den ikke er oppgitt).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The season&apos;s last day (open when not given).</source>
        <translation>Sesongens siste dag (åpen når den ikke er oppgitt).</translation>
    </message>
    <message>
        <source>The days the rule prices (all when not given).</source>
        <translation>Dagene regelen gjelder for (alle når de ikke er oppgitt).</translation>
    </message>
    <message>
        <source>mon,tue,…</source>
        <translation>mon,tue,…</translation>
    </message>
    <message>
        <source>The guests a guest basis counts.</source>
        <translation>Gjestene som et gjestegrunnlag teller.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØKKEL</translation>
    </message>
    <message>
        <source>Higher wins when rules overlap.</source>
        <translation>Høyere vinner når regler overlapper.</translation>
    </message>
    <message>
        <source>At least this many nights or hours.</source>
        <translation>Minst så mange netter eller timer.</translation>
    </message>
    <message>
        <source>At most this many nights or hours.</source>
        <translation>Høyst så mange netter eller timer.</translation>
    </message>
    <message>
        <source>At least this many units booked.</source>
        <translation>Minst så mange enheter booket.</translation>
    </message>
    <message>
        <source>At most this many units booked.</source>
        <translation>Høyst så mange enheter booket.</translation>
    </message>
    <message>
        <source>At least this many guests.</source>
        <translation>Minst så mange gjester.</translation>
    </message>
    <message>
        <source>At most this many guests.</source>
        <translation>Høyst så mange gjester.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME price-rule add --product PRODUCT --basis unit|stay|guest_unit|guest_stay --amount A [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category KEY] [--priority N]
       skranke-cli price-rule list --product PRODUCT
       skranke-cli --user ME price-rule retire ID</source>
        <translation>Bruk: skranke-cli --user MEG price-rule add --product PRODUKT --basis unit|stay|guest_unit|guest_stay --amount B [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category NØKKEL] [--priority N]
      skranke-cli price-rule list --product PRODUKT
      skranke-cli --user MEG price-rule retire ID</translation>
    </message>
    <message>
        <source>Price rule added:</source>
        <translation>Prisregel lagt til:</translation>
    </message>
    <message>
        <source>Price rule %1 retired.</source>
        <translation>Prisregel %1 avviklet.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by time.</source>
        <translation>YYYY-MM-DD, eller YYYY-MM-DDTHH:MM for produkter som bookes per time.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>NÅR</translation>
    </message>
    <message>
        <source>The end, as --arrival.</source>
        <translation>Slutten, som --arrival.</translation>
    </message>
    <message>
        <source>Units booked (1 when not given).</source>
        <translation>Enheter som bookes (1 når ikke oppgitt).</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1.</source>
        <translation>Gjester per kategori, f.eks. adult:2,child:1.</translation>
    </message>
    <message>
        <source>KEY:N,…</source>
        <translation>NØKKEL:N,…</translation>
    </message>
    <message>
        <source>Usage: skranke-cli price --product PRODUCT --arrival WHEN --departure WHEN [--quantity N] [--guests adult:2,child:1]
What the price table offers for a booking row, as booking row add would price it.</source>
        <translation>Bruk: skranke-cli price --product PRODUKT --arrival NÅR --departure NÅR [--quantity N] [--guests adult:2,child:1]
Hva pristabellen gir for en bestillingslinje, slik booking row add ville prise den.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) må være etter --arrival (%2).</translation>
    </message>
    <message>
        <source>%1, %2 – %3: %4 %5</source>
        <translation>%1, %2 – %3: %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 – %3: no price matches; a booking row needs a manual price.</source>
        <translation>%1, %2 – %3: ingen pris passer; en bestillingslinje trenger en manuell pris.</translation>
    </message>
    <message>
        <source>The cancellation rules: DAYS:PERCENT, …; cancelling fewer than DAYS days before arrival costs PERCENT of the price.</source>
        <translation>Avbestillingsvilkårene: DAGER:PROSENT, …; avbestilling mindre enn DAGER dager før ankomst koster PROSENT av prisen.</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>VILKÅR</translation>
    </message>
    <message>
        <source>Remove the cancellation rules: cancelling is free until arrival.</source>
        <translation>Fjern avbestillingsvilkårene: avbestilling er gratis frem til ankomst.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME product supplier PRODUCT --supplier ID|none
       skranke-cli --user ME product guests PRODUCT --categories adult,child|all
       skranke-cli [--user ME] product cancellation-rules PRODUCT [--set &quot;14:50, 3:100&quot; | --clear]</source>
        <translation>Bruk: skranke-cli --user MEG product supplier PRODUKT --supplier ID|none
      skranke-cli --user MEG product guests PRODUKT --categories adult,child|all
      skranke-cli [--user MEG] product cancellation-rules PRODUKT [--set &quot;14:50, 3:100&quot; | --clear]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::CliContext</name>
    <message>
        <source>This command changes data: say who you are with --user NAME (or SKRANKE_USER) and give the PIN in SKRANKE_PIN or at the prompt.</source>
        <translation>Denne kommandoen endrer data: oppgi hvem du er med --user NAVN (eller SKRANKE_USER), og gi PIN-koden i SKRANKE_PIN eller ved ledeteksten.</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN-kode for %1: </translation>
    </message>
    <message>
        <source>No secret given: set %1 or type it at the prompt.</source>
        <translation>Ingen kode oppgitt: sett %1 eller skriv den ved ledeteksten.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 må være et heltall på minst %2, ikke «%3».</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Commands</name>
    <message>
        <source>create a new database with the company and its owner</source>
        <translation>opprett en ny database med virksomheten og eieren</translation>
    </message>
    <message>
        <source>create a demo database of a Danish holiday and activity centre</source>
        <translation>opprett en demodatabase for et dansk ferie- og aktivitetssenter</translation>
    </message>
    <message>
        <source>add, list and change staff users (add|list|passwd|activate|deactivate)</source>
        <translation>legg til, vis og endre ansatte (add|list|passwd|activate|deactivate)</translation>
    </message>
    <message>
        <source>show or change the company profile (show|set)</source>
        <translation>vis eller endre virksomhetsprofilen (show|set)</translation>
    </message>
    <message>
        <source>verify or list the audit journal (verify|list)</source>
        <translation>kontroller eller vis revisjonsjournalen (verify|list)</translation>
    </message>
    <message>
        <source>copy the database to a new file while it is in use</source>
        <translation>kopier databasen til en ny fil mens den er i bruk</translation>
    </message>
    <message>
        <source>add, edit, show and list debtors (add|edit|show|list)</source>
        <translation>opprett, endre, vis og list kunder (add|edit|show|list)</translation>
    </message>
    <message>
        <source>debtor groups (add|list|rename|move)</source>
        <translation>kundegrupper (add|list|rename|move)</translation>
    </message>
    <message>
        <source>create, post, show, list and print invoices (create|post|show|list|pdf)</source>
        <translation>opprett, bokfør, vis, list og skriv ut fakturaer (create|post|show|list|pdf)</translation>
    </message>
    <message>
        <source>credit a posted invoice (create|show|pdf)</source>
        <translation>krediter en bokført faktura (create|show|pdf)</translation>
    </message>
    <message>
        <source>register a debtor payment (register)</source>
        <translation>registrer en kundeinnbetaling (register)</translation>
    </message>
    <message>
        <source>write off an amount a debtor owes</source>
        <translation>avskriv et beløp en kunde skylder</translation>
    </message>
    <message>
        <source>a debtor&apos;s postings with open amounts and balance</source>
        <translation>en kundes posteringer med åpne beløp og saldo</translation>
    </message>
    <message>
        <source>settle payments against invoices (auto|match|undo)</source>
        <translation>utlign innbetalinger mot fakturaer (auto|match|undo)</translation>
    </message>
    <message>
        <source>the aged debtor balance list as of a date</source>
        <translation>den aldersfordelte kundesaldolisten per en dato</translation>
    </message>
    <message>
        <source>reminder runs and reminders (preview|create|list|pdf)</source>
        <translation>purrekjøringer og purringer (preview|create|list|pdf)</translation>
    </message>
    <message>
        <source>email: server settings, the outbox and sending (settings|outbox|send)</source>
        <translation>e-post: serverinnstillinger, utboksen og sending (settings|outbox|send)</translation>
    </message>
    <message>
        <source>tills, shifts, cash, sales, X/Z reports and receipts (create|list|products|shift|cash|sale|report|receipts)</source>
        <translation>kasser, skift, kontanter, salg, X-/Z-rapporter og kvitteringer (create|list|products|shift|cash|sale|report|receipts)</translation>
    </message>
    <message>
        <source>add, find, edit and show customers (add|find|edit|show)</source>
        <translation>legg til, finn, endre og vis gjester (add|find|edit|show)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s free units per day</source>
        <translation>ledige enheter per dag for et bookbart produkt</translation>
    </message>
    <message>
        <source>the bookings on each unit over a period</source>
        <translation>bookingene på hver enhet i en periode</translation>
    </message>
    <message>
        <source>suppliers of bookable products (add|list)</source>
        <translation>leverandører av bookbare produkter (add|list)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s price table (add|list|retire)</source>
        <translation>pristabellen for et bookbart produkt (add|list|retire)</translation>
    </message>
    <message>
        <source>what a bookable product&apos;s price table offers for a period</source>
        <translation>hva pristabellen for et bookbart produkt gir for en periode</translation>
    </message>
    <message>
        <source>bookings, their rows, invoices, payments and mail-outs (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</source>
        <translation>bookinger med linjer, fakturaer, innbetalinger og utsendelser (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</translation>
    </message>
    <message>
        <source>the bookings cancelled in a period, with reasons and fees</source>
        <translation>bookingene som er avbestilt i en periode, med årsaker og gebyrer</translation>
    </message>
    <message>
        <source>a bookable product&apos;s supplier, guest categories and cancellation rules (supplier|guests|cancellation-rules)</source>
        <translation>leverandør, gjestekategorier og avbestillingsvilkår for et bookbart produkt (supplier|guests|cancellation-rules)</translation>
    </message>
    <message>
        <source>the webshop&apos;s online orders, their card payments and statuses (import|list|show|capture|cancel|refund|retry|status|statuses|export)</source>
        <translation>nettbutikkens ordrer med kortbetalinger og statuser (import|list|show|capture|cancel|refund|retry|status|statuses|export)</translation>
    </message>
    <message>
        <source>vouchers for the accounting program: transfer, export, mapping, payouts and the balance report (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</source>
        <translation>bilag for regnskapsprogrammet: overføring, eksport, kontotilordning, utbetalinger og avstemmingsrapporten (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</translation>
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
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>New value of %1.</source>
        <translation>Ny verdi for %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VERDI</translation>
    </message>
    <message>
        <source>Usage: skranke-cli company show
       skranke-cli --user ME company set [--name N] [--city C] ... (only the given fields change)</source>
        <translation>Bruk: skranke-cli company show
      skranke-cli --user MEG company set [--name N] [--city C] ... (bare de oppgitte feltene endres)</translation>
    </message>
    <message>
        <source>company set needs at least one field to change.
</source>
        <translation>company set trenger minst ett felt å endre.
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
        <translation>E-post.</translation>
    </message>
    <message>
        <source>Phone (&quot;-&quot; when not known).</source>
        <translation>Telefon («-» hvis ukjent).</translation>
    </message>
    <message>
        <source>Address line 1 (&quot;-&quot; when not known).</source>
        <translation>Adresselinje 1 («-» hvis ukjent).</translation>
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
        <translation>Postnummer («-» hvis ukjent).</translation>
    </message>
    <message>
        <source>City (&quot;-&quot; when not known).</source>
        <translation>Sted («-» hvis ukjent).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notater.</translation>
    </message>
    <message>
        <source>A remark printed on the customer&apos;s invoices.</source>
        <translation>En merknad som skrives på gjestens fakturaer.</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(ingen e-post)</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The customer has no email.</source>
        <translation>Gjesten har ingen e-post.</translation>
    </message>
    <message>
        <source>The customer has an email (edit).</source>
        <translation>Gjesten har e-post (edit).</translation>
    </message>
    <message>
        <source>The debtor the customer is invoiced through.</source>
        <translation>Kunden (reskontro) gjesten faktureres gjennom.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most this many (find).</source>
        <translation>Høyst så mange (find).</translation>
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
        <translation>Bruk: skranke-cli --user MEG customer add --name N --email E|--no-email --address A --postcode P --city C --phone T [--address2 A] [--address3 A] [--notes T] [--invoice-remark T] [--debtor ID]
      skranke-cli customer find TEKST [--limit N]
      skranke-cli --user MEG customer edit ID [samme valg] [--has-email]
      skranke-cli customer show ID</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit må være et positivt tall.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation>«%1» er ikke en gjeste-ID.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finnes ingen gjest %1.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Debtor</name>
    <message>
        <source>The debtor&apos;s %1.</source>
        <translation>Kundens %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VERDI</translation>
    </message>
    <message>
        <source>A business debtor (B2B).</source>
        <translation>En bedriftskunde (B2B).</translation>
    </message>
    <message>
        <source>A private debtor (not B2B).</source>
        <translation>En privatkunde (ikke B2B).</translation>
    </message>
    <message>
        <source>Debtor group by name.</source>
        <translation>Kundegruppe etter navn.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Payment terms in days.</source>
        <translation>Betalingsbetingelser i dager.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Terms run from the end of the month.</source>
        <translation>Fristen regnes fra månedsslutt.</translation>
    </message>
    <message>
        <source>The debtor ID to use (add).</source>
        <translation>Kunde-ID-en som skal brukes (add).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search text (list).</source>
        <translation>Søketekst (list).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>List debtors without outstanding too.</source>
        <translation>Vis også kunder uten utestående.</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>Høyst N rader (list).</translation>
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
        <translation>--terms-days må være et antall dager.</translation>
    </message>
    <message>
        <source>There is no debtor group &quot;%1&quot;.</source>
        <translation>Det finnes ingen kundegruppe «%1».</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit må være et positivt tall.</translation>
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
        <translation>Forskudd</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
       skranke-cli --user ME debtor edit ID [the same options]
       skranke-cli debtor show ID
       skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FILE [--separator &apos;;&apos;|&apos;,&apos;|tab]]</source>
        <translation>Bruk: skranke-cli --user MEG debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
      skranke-cli --user MEG debtor edit ID [samme valg]
      skranke-cli debtor show ID
      skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FIL [--separator &apos;;&apos;|&apos;,&apos;|tab]]</translation>
    </message>
    <message>
        <source>The group to move debtors to (move).</source>
        <translation>Gruppen kundene flyttes til (move).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME group add NAME
       skranke-cli group list
       skranke-cli --user ME group rename OLD NEW
       skranke-cli --user ME group move --group NAME DEBTOR_ID...</source>
        <translation>Bruk: skranke-cli --user MEG group add NAVN
      skranke-cli group list
      skranke-cli --user MEG group rename GAMMEL NY
      skranke-cli --user MEG group move --group NAVN KUNDE_ID...</translation>
    </message>
    <message>
        <source>Created the group %1.</source>
        <translation>Opprettet gruppen %1.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Ga %1 nytt navn %2.</translation>
    </message>
    <message>
        <source>Moved %1 debtors to %2.</source>
        <translation>Flyttet %1 kunder til %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>«%1» er ikke en ID.</translation>
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
        <translation>Frø; samme frø gir samme virksomhet.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --db FILE demo [--size small|large] [--seed N]
Creates FILE (which must not exist) with a demo business. Every demo user (owner, manager, desk) has the PIN 1234.</source>
        <translation>Bruk: skranke-cli --db FIL demo [--size small|large] [--seed N]
Oppretter FIL (som ikke må finnes) med en demovirksomhet. Alle demobrukere (owner, manager, desk) har PIN-koden 1234.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size må være small eller large, ikke «%1».</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed må være et heltall.</translation>
    </message>
    <message>
        <source>Created the demo business in %1 (users owner, manager and desk; PIN %2).</source>
        <translation>Demovirksomheten er opprettet i %1 (brukerne owner, manager og desk; PIN-kode %2).</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Init</name>
    <message>
        <source>Company name.</source>
        <translation>Virksomhetens navn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>DK, NO or SE (sets currency, VAT and rules).</source>
        <translation>DK, NO eller SE (bestemmer valuta, mva og regler).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>CVR / organisation number.</source>
        <translation>Organisasjonsnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>IANA time zone (default: the country&apos;s).</source>
        <translation>IANA-tidssone (standard: landets).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>SONE</translation>
    </message>
    <message>
        <source>Login of the owner.</source>
        <translation>Eierens brukernavn.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>BRUKERNAVN</translation>
    </message>
    <message>
        <source>Display name of the owner.</source>
        <translation>Eierens visningsnavn.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] init --company NAME --owner LOGIN [--owner-name NAME] [--country DK|NO|SE] [--org-number N]
The owner&apos;s PIN comes from SKRANKE_PIN or a prompt.</source>
        <translation>Bruk: skranke-cli [--db FIL] init --company NAVN --owner BRUKERNAVN [--owner-name NAVN] [--country DK|NO|SE] [--org-number N]
Eierens PIN-kode kommer fra SKRANKE_PIN eller en ledetekst.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 må oppgis.</translation>
    </message>
    <message>
        <source>PIN for the owner %1: </source>
        <translation>PIN-kode for eieren %1: </translation>
    </message>
    <message>
        <source>Created %1 for %2 with owner %3.</source>
        <translation>Opprettet %1 for %2 med eieren %3.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Invoice</name>
    <message>
        <source>--line %1 must be &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT_PERCENT]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 må være «TEKST|ANTALL|ENHETSPRIS_INKL_MVA|MVA_SATS[|RABATT_PROSENT]», ikke «%2».</translation>
    </message>
    <message>
        <source>invoice create needs --debtor, --date and at least one --line.</source>
        <translation>invoice create trenger --debtor, --date og minst én --line.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
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
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kunde</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Kunde-ID.</translation>
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
        <translation>Forfallsdato; standard etter kundens betingelser.</translation>
    </message>
    <message>
        <source>A line: TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT].</source>
        <translation>En linje: TEKST|ANTALL|ENHETSPRIS_INKL_MVA|MVA_SATS[|RABATT].</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINJE</translation>
    </message>
    <message>
        <source>Message printed on the invoice.</source>
        <translation>Melding som skrives på fakturaen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Till reference (create), or till filter (list).</source>
        <translation>Kassereferanse (create) eller kassefilter (list).</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSE</translation>
    </message>
    <message>
        <source>Reminder fees and interest may not be charged.</source>
        <translation>Purregebyr og renter kan ikke kreves.</translation>
    </message>
    <message>
        <source>Post the invoice at once (numbered).</source>
        <translation>Bokfør fakturaen med en gang (nummerert).</translation>
    </message>
    <message>
        <source>Period start (list).</source>
        <translation>Periodens start (list).</translation>
    </message>
    <message>
        <source>Period end (list).</source>
        <translation>Periodens slutt (list).</translation>
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
        <translation>PDF-fil som skal skrives (pdf).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME invoice create --debtor ID --date D [--due D] --line &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE&quot; ... [--message M] [--till T] [--no-fees] [--post]
       skranke-cli --user ME invoice post DRAFT_ID
       skranke-cli invoice show NUMBER
       skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FILE [--separator S]]
       skranke-cli invoice pdf NUMBER -o FILE</source>
        <translation>Bruk: skranke-cli --user MEG invoice create --debtor ID --date D [--due D] --line &quot;TEKST|ANTALL|ENHETSPRIS_INKL_MVA|MVA_SATS&quot; ... [--message M] [--till T] [--no-fees] [--post]
      skranke-cli --user MEG invoice post KLADD_ID
      skranke-cli invoice show NUMMER
      skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FIL [--separator S]]
      skranke-cli invoice pdf NUMMER -o FIL</translation>
    </message>
    <message>
        <source>invoice pdf needs -o FILE.</source>
        <translation>invoice pdf trenger -o FIL.</translation>
    </message>
    <message>
        <source>The invoice number to credit.</source>
        <translation>Nummeret på fakturaen som krediteres.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Credit this amount (spread over the VAT rates).</source>
        <translation>Krediter dette beløpet (fordelt på mva-satsene).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>Credit line N (all of it, or QTY of it).</source>
        <translation>Krediter linje N (hele, eller ANTALL av den).</translation>
    </message>
    <message>
        <source>N[:QTY]</source>
        <translation>N[:ANTALL]</translation>
    </message>
    <message>
        <source>Credit note date (default: the invoice&apos;s).</source>
        <translation>Kreditnotaens dato (standard: fakturaens).</translation>
    </message>
    <message>
        <source>Message printed on the credit note.</source>
        <translation>Melding som skrives på kreditnotaen.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME credit-note create --invoice NUMBER [--amount A | --line N[:QTY] ...] [--date D]
       skranke-cli credit-note show NUMBER
       skranke-cli credit-note pdf NUMBER -o FILE
Without --amount and --line the whole invoice is credited.</source>
        <translation>Bruk: skranke-cli --user MEG credit-note create --invoice NUMMER [--amount B | --line N[:ANTALL] ...] [--date D]
      skranke-cli credit-note show NUMMER
      skranke-cli credit-note pdf NUMMER -o FIL
Uten --amount og --line krediteres hele fakturaen.</translation>
    </message>
    <message>
        <source>credit-note create needs --invoice NUMBER.</source>
        <translation>credit-note create trenger --invoice NUMMER.</translation>
    </message>
    <message>
        <source>--line must be N or N:QTY, not &quot;%1&quot;.</source>
        <translation>--line må være N eller N:ANTALL, ikke «%1».</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Oppgi --amount eller --line, ikke begge.</translation>
    </message>
    <message>
        <source>There is no credit note %1.</source>
        <translation>Det finnes ingen kreditnota %1.</translation>
    </message>
    <message>
        <source>credit-note pdf needs -o FILE.</source>
        <translation>credit-note pdf trenger -o FIL.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Journal</name>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen er intakt: %1 oppføringer kontrollert.</translation>
    </message>
    <message>
        <source>Journal BROKEN: %1.</source>
        <translation>Journalen er BRUTT: %1.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit må være et positivt tall.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>How many entries list shows, newest first.</source>
        <translation>Hvor mange oppføringer list viser, nyeste først.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] [--json] journal verify
       skranke-cli [--db FILE] [--json] journal list [--limit N]</source>
        <translation>Bruk: skranke-cli [--db FIL] [--json] journal verify
      skranke-cli [--db FIL] [--json] journal list [--limit N]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Ledger</name>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Kunde-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount received.</source>
        <translation>Mottatt beløp.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
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
        <translation>Innbetalingens referanse.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME payment register --debtor ID --amount A [--date D] [--type T] [--reference R]
The payment settles the debtor&apos;s oldest open invoices; the rest stands as a prepayment.</source>
        <translation>Bruk: skranke-cli --user MEG payment register --debtor ID --amount B [--date D] [--type T] [--reference R]
Innbetalingen utligner kundens eldste åpne fakturaer; resten står som forskudd.</translation>
    </message>
    <message>
        <source>Registered %1 from debtor %2; %3 remains as prepayment.</source>
        <translation>Registrerte %1 fra kunde %2; %3 står som forskudd.</translation>
    </message>
    <message>
        <source>Amount to write off.</source>
        <translation>Beløp som avskrives.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Hvorfor (må oppgis).</translation>
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
        <translation>Bruk: skranke-cli --user MEG write-off --debtor ID --amount B --reason R [--date D]</translation>
    </message>
    <message>
        <source>Wrote off %1 for debtor %2.</source>
        <translation>Avskrev %1 for kunde %2.</translation>
    </message>
    <message>
        <source>Show the payment type column.</source>
        <translation>Vis kolonnen med betalingstype.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli postings DEBTOR [--payment-type]</source>
        <translation>Bruk: skranke-cli postings KUNDE [--payment-type]</translation>
    </message>
    <message>
        <source>Postings of %1 %2</source>
        <translation>Posteringer for %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a debtor ID.</source>
        <translation>«%1» er ikke en kunde-ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Mail</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;.</source>
        <translation>--%1 må være et tall, ikke «%2».</translation>
    </message>
    <message>
        <source>Email is not set up: a server and a sender address are needed.</source>
        <translation>E-post er ikke satt opp: det trengs en server og en avsenderadresse.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls, not &quot;%1&quot;.</source>
        <translation>--security er none, starttls eller tls, ikke «%1».</translation>
    </message>
    <message>
        <source>--status is queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status er queued, sent eller failed, ikke «%1».</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utboksen er tom.</translation>
    </message>
    <message>
        <source>Email is not set up: give the server and sender first with &quot;skranke-cli mail settings --host H --from ADDRESS&quot;.</source>
        <translation>E-post er ikke satt opp: oppgi først server og avsender med «skranke-cli mail settings --host H --from ADRESSE».</translation>
    </message>
    <message>
        <source>%1 to %2: sent</source>
        <translation>%1 til %2: sendt</translation>
    </message>
    <message>
        <source>%1 to %2: failed: %3</source>
        <translation>%1 til %2: mislyktes: %3</translation>
    </message>
    <message>
        <source>No mail is waiting.</source>
        <translation>Ingen e-post venter.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed.</source>
        <translation>%1 sendt, %2 mislyktes.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>SMTP-serveren.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>VERT</translation>
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
        <translation>MÅTE</translation>
    </message>
    <message>
        <source>The login at the server.</source>
        <translation>Brukernavnet på serveren.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BRUKER</translation>
    </message>
    <message>
        <source>The password at the server (stored as is).</source>
        <translation>Passordet på serveren (lagres som det er).</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSORD</translation>
    </message>
    <message>
        <source>The sender address.</source>
        <translation>Avsenderadressen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Avsendernavnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Tries per message (1-10).</source>
        <translation>Forsøk per melding (1-10).</translation>
    </message>
    <message>
        <source>Pause between tries.</source>
        <translation>Pause mellom forsøk.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Only entries with this status (outbox).</source>
        <translation>Bare oppføringer med denne statusen (outbox).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Also try failed mail again (send).</source>
        <translation>Prøv også mislykket e-post på nytt (send).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli mail settings
       skranke-cli --user ME mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADDRESS] [--from-name NAME] [--attempts N] [--retry-delay-ms MS]
       skranke-cli mail outbox [--status queued|sent|failed]
       skranke-cli --user ME mail send [--retry-failed]</source>
        <translation>Bruk: skranke-cli mail settings
      skranke-cli --user MEG mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADRESSE] [--from-name NAVN] [--attempts N] [--retry-delay-ms MS]
      skranke-cli mail outbox [--status queued|sent|failed]
      skranke-cli --user MEG mail send [--retry-failed]</translation>
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
        <translation>Bruk: skranke-cli [--db FIL] [--user NAVN] [--json] KOMMANDO ...

Valg:
  --db FIL      databasen (standard: %1)
  --user NAVN   den ansatte som handler; PIN-koden kommer fra SKRANKE_PIN eller en ledetekst
  --json        skriv resultater og feil som JSON

Miljø:
  SKRANKE_NOW=ÅÅÅÅ-MM-DDTTT:MM  lås klokken (UTC med mindre en forskyvning oppgis), for skript og tester

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Run &quot;skranke-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done, 1 refused or bad input, 2 usage error.</source>
        <translation>
Kjør «skranke-cli KOMMANDO --help» for en kommandos valg.
Avslutningskoder: 0 utført, 1 avvist eller feil inndata, 2 feil bruk.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Ukjent valg %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Ukjent kommando «%1».

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
            <numerusform>  #%1 %2 %3  %4, %n forsøk, %5</numerusform>
            <numerusform>  #%1 %2 %3  %4, %n forsøk, %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>VENTER</translation>
    </message>
    <message>
        <source>Captured early, confirmed by user %1: %2</source>
        <translation>Trukket tidlig, bekreftet av bruker %1: %2</translation>
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
        <translation>Gjest</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>[gateway call pending]</source>
        <translation>[kall til betalingsløsningen venter]</translation>
    </message>
    <message>
        <source>Order %1: payment %2; reserved %3, captured %4, refunded %5, refundable %6.</source>
        <translation>Ordre %1: betaling %2; reservert %3, trukket %4, refundert %5, kan refunderes %6.</translation>
    </message>
    <message>
        <source>Order %1 (internal %2) of %3, %4</source>
        <translation>Ordre %1 (internt nr. %2), %3, %4</translation>
    </message>
    <message>
        <source>(customer %1)</source>
        <translation>(gjest %1)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Gjest: %1</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Booking: %1</translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>Fakturaadresse: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Leveringsadresse: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s comment: %1</source>
        <translation>Gjestens kommentar: %1</translation>
    </message>
    <message>
        <source>Internal comment: %1</source>
        <translation>Intern kommentar: %1</translation>
    </message>
    <message>
        <source>Ready to ship or delivered: yes</source>
        <translation>Klar til sending eller levert: ja</translation>
    </message>
    <message>
        <source>Ready to ship or delivered: no</source>
        <translation>Klar til sending eller levert: nei</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Linjer:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  ×%4  %5  VAT %6 %  %7</source>
        <translation>  %1  %2  %3  ×%4  %5  mva %6 %  %7</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
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
        <translation>, transaksjon %1</translation>
    </message>
    <message>
        <source>  Capture reference: %1</source>
        <translation>  Referanse for trekket: %1</translation>
    </message>
    <message>
        <source>  Marked paid by hand.</source>
        <translation>  Merket som betalt manuelt.</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Utstedte verdikort:</translation>
    </message>
    <message>
        <source>  line %1: %2, balance %3</source>
        <translation>  linje %1: %2, saldo %3</translation>
    </message>
    <message>
        <source>No gateway operations.</source>
        <translation>Ingen operasjoner i betalingsløsningen.</translation>
    </message>
    <message>
        <source>Gateway operations:</source>
        <translation>Operasjoner i betalingsløsningen:</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Faktura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>Importerte %n ordre</numerusform>
            <numerusform>Importerte %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported, left unchanged: %1</source>
        <translation>Allerede importert, ikke endret: %1</translation>
    </message>
    <message>
        <source>Captured on import (value cards): %1</source>
        <translation>Trukket ved import (verdikort): %1</translation>
    </message>
    <message>
        <source>Not captured on import, capture by hand: %1</source>
        <translation>Ikke trukket ved import, trekk manuelt: %1</translation>
    </message>
    <message>
        <source>orders %1 takes no --%2.</source>
        <translation>orders %1 tar ikke --%2.</translation>
    </message>
    <message>
        <source>--%1: there is no order status &quot;%2&quot;. Use one of: %3.</source>
        <translation>--%1: det finnes ingen ordrestatus «%2». Bruk en av: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, moved to imported/.</source>
        <translation>
            <numerusform>%n fil importert, flyttet til imported/.</numerusform>
            <numerusform>%n filer importert, flyttet til imported/.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, moved to refused/: %1</source>
        <translation>Avvist, flyttet til refused/: %1</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Ingen ordrer passer.</translation>
    </message>
    <message>
        <source>More orders match: narrow the filter or raise --limit (now %1).</source>
        <translation>Flere ordrer passer: snevre inn filteret eller øk --limit (nå %1).</translation>
    </message>
    <message>
        <source>orders refund needs --amount AMOUNT: how much to pay back.</source>
        <translation>orders refund trenger --amount BELØP: hvor mye som skal betales tilbake.</translation>
    </message>
    <message>
        <source>Order %1 is paid by %2, not through a card gateway: there is nothing to %3 here.</source>
        <translation>Ordre %1 er betalt med %2, ikke gjennom en betalingsløsning for kort: det er ingenting for %3 å gjøre her.</translation>
    </message>
    <message>
        <source>Add --confirm-early to capture now anyway; you are recorded as the one who confirmed it.</source>
        <translation>Legg til --confirm-early for å trekke nå likevel; du blir registrert som den som bekreftet det.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli orders retry %1&quot; asks the gateway again.</source>
        <translation>«skranke-cli orders retry %1» spør betalingsløsningen på nytt.</translation>
    </message>
    <message>
        <source>No gateway call was pending.</source>
        <translation>Ingen kall til betalingsløsningen ventet på svar.</translation>
    </message>
    <message>
        <source>Added the order status &quot;%1&quot;.</source>
        <translation>La til ordrestatusen «%1».</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (built in: %2)</source>
        <translation>%1 (innebygd: %2)</translation>
    </message>
    <message>
        <source>orders export needs --csv FILE.</source>
        <translation>orders export trenger --csv FIL.</translation>
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
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Import every *.json in DIR, oldest first, moving each to imported/ or refused/ (import).</source>
        <translation>Importer alle *.json i MAPPE, eldste først, og flytt hver fil til imported/ eller refused/ (import).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>The first order day (list, export).</source>
        <translation>Første ordredag (list, export).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last order day, inclusive (list, export).</source>
        <translation>Siste ordredag, denne medregnet (list, export).</translation>
    </message>
    <message>
        <source>Only orders of this status, or all (list, export; default: Not effected).</source>
        <translation>Bare ordrer med denne statusen, eller all for alle (list, export; standard: Ikke effektuert).</translation>
    </message>
    <message>
        <source>NAME|all</source>
        <translation>NAVN|all</translation>
    </message>
    <message>
        <source>Only orders with TEXT in the order number, customer or email (list, export).</source>
        <translation>Bare ordrer med TEKST i ordrenummer, gjest eller e-post (list, export).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>At most N orders, newest first (list; default 50).</source>
        <translation>Høyst N ordrer, nyeste først (list; standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How much to capture (capture; default the whole reservation, the rest is released) or to pay back (refund; required).</source>
        <translation>Hvor mye som skal trekkes (capture; standard er hele reservasjonen, og resten frigis) eller betales tilbake (refund; må oppgis).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>Capture before the card rules allow it, e.g. before the goods are ready to ship; you are recorded as the one who confirmed it (capture).</source>
        <translation>Trekk før kortreglene tillater det, f.eks. før varene er klare til sending; du blir registrert som den som bekreftet det (capture).</translation>
    </message>
    <message>
        <source>Move the orders to this status: its name or built-in key, e.g. effected (status).</source>
        <translation>Flytt ordrene til denne statusen: navnet eller den innebygde nøkkelen, f.eks. effected (status).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Add a status of your own (status).</source>
        <translation>Legg til en egen status (status).</translation>
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
        <translation>orders resolve krever --done eller --not-done og --reason TEKST: hva betalingsløsningens portal viser.</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was done (resolve).</source>
        <translation>Betalingsløsningens portal viser at det ubesvarte kallet ble utført (resolve).</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was not done (resolve).</source>
        <translation>Betalingsløsningens portal viser at det ubesvarte kallet ikke ble utført (resolve).</translation>
    </message>
    <message>
        <source>How you know (resolve; required).</source>
        <translation>Hvordan du vet det (resolve; påkrevd).</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it (resolve).</source>
        <translation>Betalingsløsningens id for det (resolve).</translation>
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
        <translation>Bruk: skranke-cli --user MEG orders import FIL
      skranke-cli --user MEG orders import --folder MAPPE
      skranke-cli orders list [--from DATO] [--to DATO] [--status NAVN|all] [--search TEKST] [--limit N]
      skranke-cli orders show ID
      skranke-cli --user MEG orders capture ID [--amount BELØP] [--confirm-early]
      skranke-cli --user MEG orders cancel ID
      skranke-cli --user MEG orders refund ID --amount BELØP
      skranke-cli --user MEG orders retry ID
      skranke-cli --user MEG orders void-cards ID
      skranke-cli --user MEG orders resolve ID --done|--not-done --reason TEKST [--reference REF]
      skranke-cli --user MEG orders status ID... --set NAVN
      skranke-cli --user MEG orders status --add NAVN
      skranke-cli orders statuses
      skranke-cli orders export --csv FIL [--separator S] [--from DATO] [--to DATO] [--status NAVN|all] [--search TEKST]
Nettbutikkens ordrer (filformat skranke-orders/1). ID er nettbutikkens ordrenummer, f.eks. WEB-10023, eller Skrankes interne nummer. En fil med feil importeres ikke i det hele tatt; en ordre som er importert før, blir ikke endret. Uten --status viser list og export ordrene som ikke er effektuert ennå. Et kall til betalingsløsningen som ikke får svar, blir stående som ventende og spørres på nytt, men utføres aldri to ganger: retry gjør det nå.</translation>
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
        <translation>Fakturakladd (id %1)</translation>
    </message>
    <message>
        <source>Debtor %1, dated %2, due %3</source>
        <translation>Kunde %1, datert %2, forfaller %3</translation>
    </message>
    <message>
        <source>  VAT %1 % of %2: %3</source>
        <translation>  Mva %1 % av %2: %3</translation>
    </message>
    <message>
        <source>  Total %1 %2</source>
        <translation>  Totalt %1 %2</translation>
    </message>
    <message>
        <source>  Payment reference %1</source>
        <translation>  Betalingsreferanse %1</translation>
    </message>
    <message>
        <source>%1  %2  outstanding %3, prepayment %4 %5</source>
        <translation>%1  %2  utestående %3, forskudd %4 %5</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Reminders</name>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Reminder number: 1, 2 or 3.</source>
        <translation>Purrenummer: 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Invoices due up to and including this date.</source>
        <translation>Fakturaer som forfaller til og med denne datoen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Days of respite after the to date.</source>
        <translation>Dagers frist etter til-datoen.</translation>
    </message>
    <message>
        <source>The reminders&apos; date (default: today).</source>
        <translation>Purringenes dato (standard: i dag).</translation>
    </message>
    <message>
        <source>Days the reminder gives to pay (at least 10).</source>
        <translation>Dager purringen gir til betaling (minst 10).</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Første kunde-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Siste kunde-ID.</translation>
    </message>
    <message>
        <source>Only invoices from this till.</source>
        <translation>Bare fakturaer fra denne kassen.</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSE</translation>
    </message>
    <message>
        <source>Reminder fee.</source>
        <translation>Purregebyr.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>Charge the compensation fee to business debtors.</source>
        <translation>Krev kompensasjonsgebyr av bedriftskunder.</translation>
    </message>
    <message>
        <source>Interest per month, in percent.</source>
        <translation>Rente per måned i prosent.</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PST</translation>
    </message>
    <message>
        <source>started-month or exact.</source>
        <translation>started-month eller exact.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MÅTE</translation>
    </message>
    <message>
        <source>Leave out debtors owing less.</source>
        <translation>Utelat kunder som skylder mindre.</translation>
    </message>
    <message>
        <source>No interest line below this.</source>
        <translation>Ingen rentelinje under dette.</translation>
    </message>
    <message>
        <source>--interest-mode is started-month or exact, not &quot;%1&quot;.</source>
        <translation>--interest-mode er started-month eller exact, ikke «%1».</translation>
    </message>
    <message>
        <source>%1 %2: claims %3, fee %4, compensation %5, interest %6, total %7</source>
        <translation>%1 %2: krav %3, gebyr %4, kompensasjon %5, renter %6, totalt %7</translation>
    </message>
    <message>
        <source>Created %1 reminders.</source>
        <translation>Opprettet %1 purringer.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>%1  %2  level %3  %4 %5: total %6, due %7</source>
        <translation>%1  %2  trinn %3  %4 %5: totalt %6, forfall %7</translation>
    </message>
    <message>
        <source>The till the reminders are posted in.</source>
        <translation>Kassen purringene bokføres i.</translation>
    </message>
    <message>
        <source>The reference rate a year, in percent (default: the setting).</source>
        <translation>Referanserenten per år i prosent (standard: innstillingen).</translation>
    </message>
    <message>
        <source>Write a PDF per reminder and a merged one into this folder.</source>
        <translation>Skriv én PDF per purring og én samlet PDF til denne mappen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Email each reminder with its PDF to debtors with an address.</source>
        <translation>Send hver purring med PDF på e-post til kunder som har e-postadresse.</translation>
    </message>
    <message>
        <source>Only this debtor&apos;s reminders (list).</source>
        <translation>Bare denne kundens purringer (list).</translation>
    </message>
    <message>
        <source>The PDF file to write (pdf).</source>
        <translation>PDF-filen som skal skrives (pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--user ME] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee A] [--compensation] [--interest-rate PCT_PER_MONTH --interest-mode started-month|exact --reference-rate PCT] [--min-balance A] [--min-interest A] [--pdf-dir DIR] [--email]
       skranke-cli reminders list [--debtor ID]
       skranke-cli reminders pdf NUMBER --out FILE</source>
        <translation>Bruk: skranke-cli [--user MEG] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee B] [--compensation] [--interest-rate PST_PER_MÅNED --interest-mode started-month|exact --reference-rate PST] [--min-balance B] [--min-interest B] [--pdf-dir MAPPE] [--email]
      skranke-cli reminders list [--debtor ID]
      skranke-cli reminders pdf NUMMER --out FIL</translation>
    </message>
    <message>
        <source>Email is not set up yet; set it with &quot;skranke-cli mail settings --host …&quot;.</source>
        <translation>E-post er ikke satt opp ennå; sett den opp med «skranke-cli mail settings --host …».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Wrote %1 PDF files; print them all from %2.</source>
        <translation>Skrev %1 PDF-filer; skriv ut alle fra %2.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Sendt på e-post til %1.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2 (kept in the outbox; &quot;skranke-cli mail send --retry-failed&quot; tries again).</source>
        <translation>Ikke sendt til %1: %2 (ligger i utboksen; «skranke-cli mail send --retry-failed» prøver på nytt).</translation>
    </message>
    <message>
        <source>%1 reminders have no email address; print them.</source>
        <translation>%1 purringer har ingen e-postadresse; skriv dem ut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Schedule</name>
    <message>
        <source>The first day.</source>
        <translation>Første dag.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Siste dag (høyst ett år etter den første).</translation>
    </message>
    <message>
        <source>Only the units of this category.</source>
        <translation>Bare enhetene i denne kategorien.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>List the units with no bookings in the period too.</source>
        <translation>Vis også enhetene uten bookinger i perioden.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli schedule --from DATE --to DATE [--category NAME] [--all]
The booking rows (not cancelled) on each unit that overlap the days from --from to --to.</source>
        <translation>Bruk: skranke-cli schedule --from DATO --to DATO [--category NAVN] [--all]
Bestillingslinjene (ikke avbestilte) på hver enhet som overlapper dagene fra --from til --to.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to kan ikke være før --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Høyst %1 dager om gangen.</translation>
    </message>
    <message>
        <source>No units are in the category &quot;%1&quot;; the categories are: %2.</source>
        <translation>Ingen enheter er i kategorien «%1»; kategoriene er: %2.</translation>
    </message>
    <message>
        <source>  row %1  booking %2  %3  %4  %5 – %6</source>
        <translation>  linje %1  booking %2  %3  %4  %5 – %6</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ingen gjest)</translation>
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
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>First debtor ID (auto).</source>
        <translation>Første kunde-ID (auto).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID (auto).</source>
        <translation>Siste kunde-ID (auto).</translation>
    </message>
    <message>
        <source>Only debtors whose balance is 0 (auto).</source>
        <translation>Bare kunder med saldo 0 (auto).</translation>
    </message>
    <message>
        <source>Only payments and invoices exactly alike (auto).</source>
        <translation>Bare innbetalinger og fakturaer som er helt like (auto).</translation>
    </message>
    <message>
        <source>Show what would be settled; write nothing.</source>
        <translation>Vis hva som ville blitt utlignet; skriv ingenting.</translation>
    </message>
    <message>
        <source>The payment&apos;s posting ID (match).</source>
        <translation>Innbetalingens posterings-ID (match).</translation>
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
        <translation>Beløp som utlignes (match).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>Settlement date (default: today).</source>
        <translation>Utligningsdato (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
       skranke-cli --user ME settle match --payment ID --invoice NUMBER --amount A
       skranke-cli --user ME settle undo SETTLEMENT_ID</source>
        <translation>Bruk: skranke-cli --user MEG settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
      skranke-cli --user MEG settle match --payment ID --invoice NUMMER --amount B
      skranke-cli --user MEG settle undo UTLIGNINGS_ID</translation>
    </message>
    <message>
        <source>--debtor-to is before --debtor-from.</source>
        <translation>--debtor-to er før --debtor-from.</translation>
    </message>
    <message>
        <source>debtor %1: %2 in %3 settlements</source>
        <translation>kunde %1: %2 i %3 utligninger</translation>
    </message>
    <message>
        <source>Would settle %1 debtors (dry run; nothing written).</source>
        <translation>Ville utlignet %1 kunder (prøvekjøring; ingenting skrevet).</translation>
    </message>
    <message>
        <source>Settled %1 debtors.</source>
        <translation>Utlignet %1 kunder.</translation>
    </message>
    <message>
        <source>Settlement %1 made.</source>
        <translation>Utligning %1 utført.</translation>
    </message>
    <message>
        <source>Settlement %1 undone.</source>
        <translation>Utligning %1 angret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>«%1» er ikke en ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Till</name>
    <message>
        <source>&quot;%1&quot; is not a positive number.</source>
        <translation>«%1» er ikke et positivt tall.</translation>
    </message>
    <message>
        <source>--tender %1: cash has no reference.</source>
        <translation>--tender %1: cash har ingen referanse.</translation>
    </message>
    <message>
        <source>Till %1, receipt %2, %3</source>
        <translation>Kasse %1, kvittering %2, %3</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Totalt %1 %2</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Kontantavrunding %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2 of %3</source>
        <translation>Mva %1 %: %2 av %3</translation>
    </message>
    <message>
        <source> (given %1, change %2)</source>
        <translation> (mottatt %1, vekslepenger %2)</translation>
    </message>
    <message>
        <source>Till %1 (%2) created.</source>
        <translation>Kasse %1 (%2) er opprettet.</translation>
    </message>
    <message>
        <source>shift open, float %1</source>
        <translation>skift åpent, vekselkasse %1</translation>
    </message>
    <message>
        <source>no open shift</source>
        <translation>intet åpent skift</translation>
    </message>
    <message>
        <source>Shift opened on till %1 with a float of %2.</source>
        <translation>Skift åpnet i kasse %1 med en vekselkasse på %2.</translation>
    </message>
    <message>
        <source>--amount is what is moved: more than 0.</source>
        <translation>--amount er det som flyttes: over 0.</translation>
    </message>
    <message>
        <source>%1 put into till %2.</source>
        <translation>%1 lagt inn i kasse %2.</translation>
    </message>
    <message>
        <source>%1 taken out of till %2.</source>
        <translation>%1 tatt ut av kasse %2.</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;LINE_NO|QTY&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 må være «LINJENR|ANTALL», ikke «%2».</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
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
        <translation>Bare varer der navnet inneholder teksten, eller med dette nummeret eller denne EAN-en (products).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>At most this many rows (products, receipts).</source>
        <translation>Høyst så mange rader (products, receipts).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The till&apos;s ref, e.g. K1.</source>
        <translation>Kassens referanse, f.eks. K1.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The cash counted in the drawer (shift open).</source>
        <translation>Kontantene som er opptalt i skuffen (shift open).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELØP</translation>
    </message>
    <message>
        <source>The cash counted in the drawer, closing the shift (report z).</source>
        <translation>Kontantene som er opptalt i skuffen; lukker skiftet (report z).</translation>
    </message>
    <message>
        <source>An earlier Z report to show again (report z).</source>
        <translation>En tidligere Z-rapport som skal vises igjen (report z).</translation>
    </message>
    <message>
        <source>The receipt&apos;s number on the till (return, receipt pdf).</source>
        <translation>Kvitteringens nummer i kassen (return, receipt pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Mark the printout as a copy (receipt pdf).</source>
        <translation>Merk utskriften som kopi (receipt pdf).</translation>
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
        <translation>Siste dag (receipts).</translation>
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
        <translation>Skift åpnet %1</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Salg: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returer: %1, %2</translation>
    </message>
    <message>
        <source>Cash rounding: %1</source>
        <translation>Kontantavrunding: %1</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Vekselkasse: %1</translation>
    </message>
    <message>
        <source>Cash in: %1</source>
        <translation>Kontant inn: %1</translation>
    </message>
    <message>
        <source>Cash out: %1</source>
        <translation>Kontant ut: %1</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Forventet kontant: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Opptalt kontant: %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Differanse: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z report number.</source>
        <translation>«%1» er ikke et Z-rapportnummer.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to er før --from.</translation>
    </message>
    <message>
        <source>(the first %1 receipts; narrow with --from/--to or raise --limit)</source>
        <translation>(de første %1 kvitteringene; avgrens med --from/--to eller øk --limit)</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;PRODUCT_OR_EAN|QTY[|PRICE[|CARD]]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 må være «VARE_ELLER_EAN|ANTALL[|PRIS[|KORT]]», ikke «%2».</translation>
    </message>
    <message>
        <source>--tender %1 must be &quot;cash|AMOUNT&quot;, &quot;card|AMOUNT[|REFERENCE]&quot;, &quot;value_card|AMOUNT|CARD&quot; or &quot;invoice&quot;, not &quot;%2&quot;.</source>
        <translation>--tender %1 må være «cash|BELØP», «card|BELØP[|REFERANSE]», «value_card|BELØP|KORT» eller «invoice», ikke «%2».</translation>
    </message>
    <message>
        <source>The cash moved (cash in|out) or paid (payment).</source>
        <translation>Beløpet som flyttes (cash in|out) eller betales (payment).</translation>
    </message>
    <message>
        <source>Why the cash is moved or the drawer opened (cash in|out, drawer).</source>
        <translation>Hvorfor kontantene flyttes eller kasseskuffen åpnes (cash in|out, drawer).</translation>
    </message>
    <message>
        <source>A line: product (EAN, number or ID), quantity and, to override the list price, the price including VAT; a value card may name the card number to put the amount on (sale; repeatable).</source>
        <translation>En linje: vare (EAN, nummer eller ID), antall og, for å overstyre listeprisen, prisen inkludert mva; et verdikort kan angi kortnummeret beløpet skal settes inn på (sale; kan gjentas).</translation>
    </message>
    <message>
        <source>PRODUCT|QTY[|PRICE[|CARD]]</source>
        <translation>VARE|ANTALL[|PRIS[|KORT]]</translation>
    </message>
    <message>
        <source>A payment: cash with the amount handed over, card with the amount and the terminal&apos;s reference, a value card with the amount and its number, or invoice for the whole sale to --debtor (sale, return; repeatable).</source>
        <translation>En betaling: cash med beløpet som gis, card med beløpet og terminalens referanse, value_card med beløpet og kortnummeret, eller invoice for hele salget til --debtor (sale, return; kan gjentas).</translation>
    </message>
    <message>
        <source>cash|AMOUNT, card|AMOUNT[|REF], value_card|AMOUNT|CARD or invoice</source>
        <translation>cash|BELØP, card|BELØP[|REF], value_card|BELØP|KORT eller invoice</translation>
    </message>
    <message>
        <source>The debtor the sale is for; needed for an invoice tender (sale, payment).</source>
        <translation>Kunden salget gjelder; kreves ved betaling på faktura (sale, payment).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An invoice the payment settles and how much of it (payment; repeatable; none: the oldest first).</source>
        <translation>En faktura som innbetalingen utligner, og hvor mye av den (payment; kan gjentas; uten: de eldste først).</translation>
    </message>
    <message>
        <source>NUMBER|AMOUNT</source>
        <translation>NUMMER|BELØP</translation>
    </message>
    <message>
        <source>The card terminal&apos;s reference (payment).</source>
        <translation>Referansen fra kortterminalen (payment).</translation>
    </message>
    <message>
        <source>How the debtor pays: cash or card (payment).</source>
        <translation>Hvordan kunden betaler: kontant eller kort (payment).</translation>
    </message>
    <message>
        <source>cash|card</source>
        <translation>cash|card</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4.</source>
        <translation>Mottok %1 fra %2 (%3) i kasse %4.</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4; %5 stands on the debtor.</source>
        <translation>Mottok %1 fra %2 (%3) i kasse %4; %5 står som forskudd på kunden.</translation>
    </message>
    <message>
        <source>Drawer of till %1 opened: %2</source>
        <translation>Kasseskuffen i kasse %1 er åpnet: %2</translation>
    </message>
    <message>
        <source>Value card %1: balance %2 %3</source>
        <translation>Verdikort %1: saldo %2 %3</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover): %1</source>
        <translation>Herav solgte verdikort (ikke omsetning): %1</translation>
    </message>
    <message>
        <source>Debtor payments, %1: %2</source>
        <translation>Kundeinnbetalinger, %1: %2</translation>
    </message>
    <message>
        <source>The PDF file to write (receipt pdf, report x|z, payment).</source>
        <translation>PDF-filen som skal skrives (receipt pdf, report x|z, payment).</translation>
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
        <translation>Bruk: skranke-cli --user MEG till create REF --name NAVN
      skranke-cli till list
      skranke-cli till products [--search TEKST] [--limit N]
      skranke-cli --user MEG till shift open --till REF --float BELØP
      skranke-cli --user MEG till cash in|out --till REF --amount B --reason TEKST
      skranke-cli --user MEG till sale --till REF --line &quot;VARE_ELLER_EAN|ANTALL[|PRIS]&quot; ... --tender &quot;cash|BELØP&quot; --tender &quot;card|BELØP[|REFERANSE]&quot; --tender &quot;value_card|BELØP|KORT&quot; ...
      skranke-cli --user MEG till sale --till REF --debtor ID --line ... --tender invoice
      skranke-cli --user MEG till payment --till REF --debtor ID --amount B [--pay-by cash|card] [--reference REF] [--invoice &quot;NUMMER|BELØP&quot;] ... [--out FIL]
      skranke-cli --user MEG till drawer --till REF --reason TEKST
      skranke-cli till value-card NUMMER
      skranke-cli --user MEG till report x --till REF
      skranke-cli --user MEG till report z --till REF --counted BELØP
      skranke-cli till report z --till REF --number N
      skranke-cli till receipts --till REF [--from DATO] [--to DATO] [--limit N]
      skranke-cli --user MEG till return --till REF --receipt N [--line &quot;LINJENR|ANTALL&quot;] ... --tender &quot;cash|BELØP&quot;|&quot;card|BELØP[|REFERANSE]&quot;|&quot;value_card|BELØP[|KORT]&quot;
      skranke-cli till receipt pdf --till REF --receipt N --out FIL [--copy]</translation>
    </message>
    <message>
        <source>--invoice %1 must be &quot;NUMBER|AMOUNT&quot;, not &quot;%2&quot;.</source>
        <translation>--invoice %1 må være «NUMMER|BELØP», ikke «%2».</translation>
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
        <translation>Nytt passord for %1: </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The user (not for list).</source>
        <translation>Brukeren (ikke ved list).</translation>
    </message>
    <message>
        <source>Display name (add).</source>
        <translation>Visningsnavn (add).</translation>
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
        <translation>Bruk et passord i stedet for en PIN-kode.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME users add LOGIN --name NAME [--role ROLE] [--password]
       skranke-cli users list
       skranke-cli --user ME users passwd|activate|deactivate LOGIN
The new user&apos;s PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
        <translation>Bruk: skranke-cli --user MEG users add BRUKERNAVN --name NAVN [--role ROLLE] [--password]
      skranke-cli users list
      skranke-cli --user MEG users passwd|activate|deactivate BRUKERNAVN
Den nye brukerens PIN-kode eller passord kommer fra SKRANKE_NEW_PIN eller en ledetekst.</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name må oppgis.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>La til %1 (%2).</translation>
    </message>
    <message>
        <source>Changed the secret of %1.</source>
        <translation>Koden for %1 er endret.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 er aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
</context>
<context>
    <name>skranke::rights</name>
    <message>
        <source>sell at the till</source>
        <translation>selge i kassen</translation>
    </message>
    <message>
        <source>return purchases and refund</source>
        <translation>ta varer i retur og refundere</translation>
    </message>
    <message>
        <source>create and edit bookings</source>
        <translation>opprette og endre bookinger</translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <translation>avbestille bookinger</translation>
    </message>
    <message>
        <source>cancel bookings that are already billed</source>
        <translation>avbestille bookinger som allerede er fakturert</translation>
    </message>
    <message>
        <source>overbook a resource</source>
        <translation>overbooke en ressurs</translation>
    </message>
    <message>
        <source>register debtor payments</source>
        <translation>registrere kundeinnbetalinger</translation>
    </message>
    <message>
        <source>write off debtor amounts</source>
        <translation>avskrive kundefordringer</translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation>utstede kreditnotaer</translation>
    </message>
    <message>
        <source>run reminders</source>
        <translation>kjøre purringer</translation>
    </message>
    <message>
        <source>capture online payments</source>
        <translation>trekke onlinebetalinger</translation>
    </message>
    <message>
        <source>refund online payments</source>
        <translation>refundere onlinebetalinger</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>endre innstillinger</translation>
    </message>
    <message>
        <source>manage staff users</source>
        <translation>administrere ansatte</translation>
    </message>
    <message>
        <source>create and edit debtors</source>
        <translation>opprette og endre kunder</translation>
    </message>
    <message>
        <source>create and post invoices</source>
        <translation>opprette og bokføre fakturaer</translation>
    </message>
    <message>
        <source>transfer to accounting and import payouts</source>
        <translation>overføre til regnskap og importere utbetalinger</translation>
    </message>
</context>
</TS>
