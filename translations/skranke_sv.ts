<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The first voucher date (vouchers, export, payouts list, balance).</source>
        <translation>Första verifikationsdatum (vouchers, export, payouts list, balance).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last voucher date, inclusive.</source>
        <translation>Sista verifikationsdatum, som räknas med.</translation>
    </message>
    <message>
        <source>Only vouchers in this state: pending, queued, transferred or failed (vouchers).</source>
        <translation>Bara verifikationer i detta tillstånd: pending, queued, transferred eller failed (vouchers).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TILLSTÅND</translation>
    </message>
    <message>
        <source>Only vouchers of this kind: sale, payment, refund, payout or other (vouchers).</source>
        <translation>Bara verifikationer av denna typ: sale, payment, refund, payout eller other (vouchers).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>With each voucher&apos;s lines (vouchers).</source>
        <translation>Med varje verifikations rader (vouchers).</translation>
    </message>
    <message>
        <source>Send to this target instead of the one set up: test or rest (transfer); set the target: test, rest or none (settings).</source>
        <translation>Skicka till detta mål i stället för det inställda: test eller rest (transfer); ange målet: test, rest eller none (settings).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>Restart every failed voucher before sending (transfer).</source>
        <translation>Starta om varje misslyckad verifikation innan något skickas (transfer).</translation>
    </message>
    <message>
        <source>Mark the pending vouchers dated from DATE for transfer first (transfer).</source>
        <translation>Markera först de väntande verifikationerna daterade från och med DATUM för överföring (transfer).</translation>
    </message>
    <message>
        <source>... up to DATE, inclusive (transfer).</source>
        <translation>... till och med DATUM (transfer).</translation>
    </message>
    <message>
        <source>Write the file to FILE (export).</source>
        <translation>Skriv filen till FIL (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The card acquirer the payout file is from (payouts import).</source>
        <translation>Kortinlösaren som utbetalningsfilen kommer från (payouts import).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Write the balance report as PDF to FILE (balance).</source>
        <translation>Skriv avstämningsrapporten som PDF till FIL (balance).</translation>
    </message>
    <message>
        <source>Transfer automatically the vouchers dated from DATE on (settings).</source>
        <translation>För över verifikationer daterade från och med DATUM automatiskt (settings).</translation>
    </message>
    <message>
        <source>Stop transferring automatically (settings).</source>
        <translation>Sluta föra över automatiskt (settings).</translation>
    </message>
    <message>
        <source>The accounting program&apos;s API; vouchers are POSTed to URL/vouchers (settings).</source>
        <translation>Bokföringsprogrammets API; verifikationer skickas med POST till URL/vouchers (settings).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The API&apos;s bearer token (settings).</source>
        <translation>API:ets bearer-token (settings).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>Seconds to wait for the API (settings).</source>
        <translation>Sekunder att vänta på API:et (settings).</translation>
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
        <translation>Användning: skranke-cli --user JAG accounting vouchers [--from DATUM --to DATUM] [--state TILLSTÅND] [--category KATEGORI] [--lines]
            skranke-cli accounting show NUMMER
            skranke-cli --user JAG accounting transfer [--target test|rest] [--restart-failed] [--mark-from DATUM --mark-to DATUM]
            skranke-cli --user JAG accounting restart NUMMER...
            skranke-cli --user JAG accounting export saft|sie4|csv --from DATUM --to DATUM -o FIL
            skranke-cli --user JAG accounting payouts import FIL [--acquirer NAMN]
            skranke-cli accounting payouts list [--from DATUM --to DATUM]
            skranke-cli accounting balance --from DATUM --to DATUM [--pdf FIL]
            skranke-cli accounting mapping show
            skranke-cli --user JAG accounting mapping set ROLL [PRECISERING] KONTO
            skranke-cli accounting accounts
            skranke-cli [--user JAG] accounting settings [--target test|rest|none] [--auto-from DATUM|--auto-off] [--rest-url URL] [--rest-key NYCKEL] [--rest-timeout S]
Varje bokförd försäljning, betalning, återbetalning och utbetalning blir en numrerad, balanserad verifikation; vouchers, transfer och export skapar först de som saknas. transfer skickar verifikationerna i kö till bokföringsprogrammet; verifikationer daterade innan den automatiska överföringen startade väntar tills de markeras med --mark-from/--mark-to. En verifikation vars konto inte är konterat misslyckas med orsaken: kontera det (mapping set; ett tomt KONTO tar bort en kontering) och starta sedan om den.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetalning</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Inlösare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
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
        <translation>Ej matchade</translation>
    </message>
    <message>
        <source>No new payouts in the file.</source>
        <translation>Inga nya utbetalningar i filen.</translation>
    </message>
    <message>
        <source>Payout %1 was imported before; left as it is.</source>
        <translation>Utbetalning %1 har importerats tidigare; den lämnas som den är.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) settle nothing Skranke knows:</source>
        <translation>
            <numerusform>%n transaktion reglerar inget som Skranke känner till:</numerusform>
            <numerusform>%n transaktioner reglerar inget som Skranke känner till:</numerusform>
        </translation>
    </message>
    <message>
        <source>No payouts.</source>
        <translation>Inga utbetalningar.</translation>
    </message>
    <message>
        <source>Unmatched transactions:</source>
        <translation>Ej matchade transaktioner:</translation>
    </message>
    <message>
        <source>Balance %1 – %2 (%3)</source>
        <translation>Avstämning %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Sold: %1 (invoices %2, till %3, online orders %4)</source>
        <translation>Sålt: %1 (fakturor %2, kassa %3, webbordrar %4)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalningssätt</translation>
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
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ej utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>I verifikationer</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Överfört</translation>
    </message>
    <message>
        <source>%1 (no money)</source>
        <translation>%1 (inga pengar)</translation>
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
            <numerusform>  … och %n till</numerusform>
            <numerusform>  … och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Skrev rapporten till %1.</translation>
    </message>
</context>
<context>
    <name>OrdersText</name>
    <message>
        <source>There is no order &quot;%1&quot;: give the webshop&apos;s order number or Skranke&apos;s internal number.</source>
        <translation>Det finns ingen order &quot;%1&quot;: ange webbutikens ordernummer eller Skrankes interna nummer.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountDialog</name>
    <message>
        <source>A&amp;ctive: can be chosen in the mapping</source>
        <translation>A&amp;ktiv: kan väljas i konteringen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Lägg till ett konto</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Ändra konto %1</translation>
    </message>
    <message>
        <source>Optional: the standard chart&apos;s number or code</source>
        <translation>Valfritt: standardkontoplanens nummer eller kod</translation>
    </message>
    <message>
        <source>An account keeps its number; add a new one instead.</source>
        <translation>Ett konto behåller sitt nummer; lägg till ett nytt i stället.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Standard code:</source>
        <translation>&amp;Standardkod:</translation>
    </message>
    <message>
        <source>Give the account a number.</source>
        <translation>Ge kontot ett nummer.</translation>
    </message>
    <message>
        <source>Account %1 is already in the chart.</source>
        <translation>Konto %1 finns redan i kontoplanen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMapping</name>
    <message>
        <source>Unknown mapping role “%1”: use one of %2.</source>
        <translation>Okänd konteringsroll “%1”: använd en av %2.</translation>
    </message>
    <message>
        <source>“%1” has one account and takes no qualifier.</source>
        <translation>“%1” har ett enda konto och tar ingen precisering.</translation>
    </message>
    <message>
        <source>Say which one: %1 needs a qualifier.</source>
        <translation>Ange vilken: %1 behöver en precisering.</translation>
    </message>
    <message>
        <source>There is no account %1 in the chart of accounts.</source>
        <translation>Det finns inget konto %1 i kontoplanen.</translation>
    </message>
    <message>
        <source>Account %1 is not active.</source>
        <translation>Konto %1 är inte aktivt.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>Utgående moms</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Debtors (receivable)</source>
        <translation>Kundfordringar</translation>
    </message>
    <message>
        <source>Value cards sold (liability)</source>
        <translation>Sålda värdekort (skuld)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Kontantavrundning</translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation>Kortavgifter</translation>
    </message>
    <message>
        <source>Bank (payouts)</source>
        <translation>Bank (utbetalningar)</translation>
    </message>
    <message>
        <source>Bad debts (write-offs)</source>
        <translation>Kundförluster (avskrivningar)</translation>
    </message>
    <message>
        <source>Reminder fees</source>
        <translation>Påminnelseavgifter</translation>
    </message>
    <message>
        <source>Interest on debtors</source>
        <translation>Ränta på kundfordringar</translation>
    </message>
    <message>
        <source>Compensation fees</source>
        <translation>Förseningsersättningar</translation>
    </message>
    <message>
        <source>Cash in/out (counter account)</source>
        <translation>Kontanter in/ut (motkonto)</translation>
    </message>
    <message>
        <source>Cash differences</source>
        <translation>Kassadifferenser</translation>
    </message>
    <message>
        <source>revenue at %1 % VAT</source>
        <translation>intäkter med %1 % moms</translation>
    </message>
    <message>
        <source>revenue of “%1” at %2 % VAT</source>
        <translation>intäkter för “%1” med %2 % moms</translation>
    </message>
    <message>
        <source>output VAT at %1 %</source>
        <translation>utgående moms %1 %</translation>
    </message>
    <message>
        <source>payment method “%1”</source>
        <translation>betalningssätt “%1”</translation>
    </message>
</context>
<context>
    <name>skranke::AccountMappingModel</name>
    <message>
        <source>Not mapped</source>
        <translation>Inte konterad</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(finns inte i kontoplanen)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktivt)</translation>
    </message>
    <message>
        <source>Vouchers with this line fail until it has an account.</source>
        <translation>Verifikationer med denna rad misslyckas tills den har ett konto.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Sign in to change the mapping.</source>
        <translation>Logga in för att ändra konteringen.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingBalanceDocument</name>
    <message>
        <source>Balance report %1 – %2</source>
        <translation>Avstämningsrapport %1 – %2</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <source>Invoices less credit notes</source>
        <translation>Fakturor minus kreditfakturor</translation>
    </message>
    <message>
        <source>Till receipts incl. returns</source>
        <translation>Kassakvitton inkl. returer</translation>
    </message>
    <message>
        <source>Online orders not invoiced (captured − refunded)</source>
        <translation>Webbordrar som inte fakturerats (draget − återbetalt)</translation>
    </message>
    <message>
        <source>Paid (money received)</source>
        <translation>Betalt (mottagna pengar)</translation>
    </message>
    <message>
        <source>Sold − paid</source>
        <translation>Sålt − betalt</translation>
    </message>
    <message>
        <source>Vouchered (all vouchers in the period)</source>
        <translation>I verifikationer (alla verifikationer i perioden)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Överfört</translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation>Inte överfört</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan inte ritas.</translation>
    </message>
    <message>
        <source>%1 – %2, amounts in %3</source>
        <translation>%1 – %2, belopp i %3</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Avstämningsrapport</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
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
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ej utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>I verifikationer</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>* Brings no money at the time of sale (a receivable, or paid when the value card was sold); not in the paid total.</source>
        <translation>* Ger inga pengar vid försäljningen (en kundfordran, eller betalt när värdekortet såldes); ingår inte i summan betalt.</translation>
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
        <translation>… och %1 till, som inte listas här (summan nedan omfattar alla %2)</translation>
    </message>
    <message numerus="yes">
        <source>Sum, %n item(s)</source>
        <translation>
            <numerusform>Summa, %n post</numerusform>
            <numerusform>Summa, %n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::AccountingExport</name>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Välj periodens första dag.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Välj periodens sista dag.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use saft, sie4 or csv.</source>
        <translation>Okänt exportformat “%1”: använd saft, sie4 eller csv.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 och %n till</numerusform>
            <numerusform>%1 och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) in the period have lines without an account (%1). Fix the account mapping and restart them, then export again.</source>
        <translation>
            <numerusform>%n verifikation i perioden har rader utan konto (%1). Rätta konteringen och starta om den, exportera sedan igen.</numerusform>
            <numerusform>%n verifikationer i perioden har rader utan konto (%1). Rätta konteringen och starta om dem, exportera sedan igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Voucher %1 has a line without an account: fix the account mapping and restart it.</source>
        <translation>Verifikation %1 har en rad utan konto: rätta konteringen och starta om den.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingPage</name>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <source>All vouchers</source>
        <translation>Alla verifikationer</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>Avstämningsrapport</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Accounting&lt;/h2&gt;Every posted sale, payment and refund becomes a voucher for the accounting program. Select vouchers and &lt;i&gt;Transfer&lt;/i&gt; to queue them; double-click one to see its accounts.</source>
        <translation>&lt;h2&gt;Bokföring&lt;/h2&gt;Varje bokförd försäljning, betalning och återbetalning blir en verifikation för bokföringsprogrammet. Markera verifikationer och välj &lt;i&gt;För över&lt;/i&gt; för att lägga dem i kö; dubbelklicka på en för att se dess konton.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingService</name>
    <message>
        <source>No accounting program is set up to receive vouchers: choose one under Settings → Accounting, or export a file.</source>
        <translation>Inget bokföringsprogram är inställt för att ta emot verifikationer: välj ett under Inställningar → Bokföring, eller exportera en fil.</translation>
    </message>
    <message>
        <source>Unknown transfer target “%1”.</source>
        <translation>Okänt överföringsmål “%1”.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsPage</name>
    <message>
        <source>Test accounting program (built in)</source>
        <translation>Testbokföringsprogram (inbyggt)</translation>
    </message>
    <message>
        <source>Accounting program&apos;s API (REST)</source>
        <translation>Bokföringsprogrammets API (REST)</translation>
    </message>
    <message>
        <source>Transfer automatical&amp;ly, from</source>
        <translation>För över a&amp;utomatiskt, från</translation>
    </message>
    <message>
        <source>None (export files only)</source>
        <translation>Inget (endast exportfiler)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Vouchers dated on or after this date are transferred as they are made. Earlier ones wait until you mark them for transfer.</source>
        <translation>Verifikationer daterade på eller efter detta datum förs över när de skapas. Tidigare verifikationer väntar tills du markerar dem för överföring.</translation>
    </message>
    <message>
        <source>Transfer to accounting</source>
        <translation>Överföring till bokföringen</translation>
    </message>
    <message>
        <source>&amp;Send vouchers to:</source>
        <translation>&amp;Skicka verifikationer till:</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-a&amp;dress:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nyckel:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vänta på svar i:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>skranke::AccountingSettingsStore</name>
    <message>
        <source>Unknown transfer target “%1”: use %2, or none.</source>
        <translation>Okänt överföringsmål “%1”: använd %2 eller none.</translation>
    </message>
    <message>
        <source>Say from which date vouchers are transferred automatically.</source>
        <translation>Ange från vilket datum verifikationer förs över automatiskt.</translation>
    </message>
    <message>
        <source>Choose where vouchers go before switching on automatic transfer.</source>
        <translation>Välj vart verifikationerna ska skickas innan du slår på automatisk överföring.</translation>
    </message>
    <message>
        <source>Give the accounting program&apos;s address, e.g. https://api.example.com/v1, not “%1”.</source>
        <translation>Ange bokföringsprogrammets adress, t.ex. https://api.example.com/v1, inte “%1”.</translation>
    </message>
    <message>
        <source>The timeout is 1 to 60 seconds, not %1.</source>
        <translation>Väntetiden är 1 till 60 sekunder, inte %1.</translation>
    </message>
</context>
<context>
    <name>skranke::AddUserDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Add a staff user</source>
        <translation>Lägg till en anställd</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>Loggar in med:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN-kod eller lösenord:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>De två inmatningarna skiljer sig åt.</translation>
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
        <translation>Det finns ingen aktiv användare &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong attempts. Try again in %3.</source>
        <translation>%1 är spärrad efter %2 felaktiga försök. Försök igen om %3.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Fel lösenord.</translation>
    </message>
    <message>
        <source>%1 %2 is now locked for 5 minutes.</source>
        <translation>%1 %2 är nu spärrad i 5 minuter.</translation>
    </message>
    <message>
        <source>%1 Attempts left before the user is locked: %2.</source>
        <translation>%1 Försök kvar innan användaren spärras: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::AvailabilityService</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
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
        <translation>, de första %1 listade</translation>
    </message>
    <message>
        <source>Difference / item</source>
        <translation>Differens / post</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceList</name>
    <message>
        <source>The as-of date is required.</source>
        <translation>Datumet som saldot avser måste anges.</translation>
    </message>
    <message>
        <source>The interval must be 1 to 365 days.</source>
        <translation>Intervallet måste vara 1 till 365 dagar.</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceListDocument</name>
    <message>
        <source>Debtor balance list</source>
        <translation>Kundsaldolista</translation>
    </message>
    <message>
        <source>As of %1, intervals of %2 days</source>
        <translation>Per %1, intervall på %2 dagar</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ej förfallen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Total, %1 debtors</source>
        <translation>Totalt, %1 kunder</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Ej förfallen</translation>
    </message>
    <message>
        <source>0–%1 days</source>
        <translation>0–%1 dagar</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dagar</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>Över %1 dagar</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringar</translation>
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
        <translation>&amp;Specificerad (i PDF och CSV)</translation>
    </message>
    <message>
        <source>Include &amp;zero balances</source>
        <translation>Ta med saldo &amp;noll</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
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
        <translation>Kund-ID från:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>till:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance list&lt;/h2&gt;Who owed what on a date, by how long it was overdue.</source>
        <translation>&lt;h2&gt;Saldolista&lt;/h2&gt;Vem var skyldig vad ett visst datum, fördelat på hur länge det var förfallet.</translation>
    </message>
    <message>
        <source>Balance list as PDF</source>
        <translation>Saldolista som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>Balance list as CSV</source>
        <translation>Saldolista som CSV</translation>
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
        <translation>Ger inga pengar vid försäljningen (en kundfordran, eller betalt när värdekortet såldes); ingår inte i summan betalt.</translation>
    </message>
    <message>
        <source>Paid by %1 in the period less what payouts dated in the period paid out.</source>
        <translation>Betalt med %1 i perioden minus det som utbetalningar daterade i perioden har betalat ut.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalningssätt</translation>
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
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Ej utbetalt</translation>
    </message>
    <message>
        <source>Vouchered</source>
        <translation>I verifikationer</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Överfört</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceReport</name>
    <message>
        <source>Enter the first day.</source>
        <translation>Ange den första dagen.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Ange den sista dagen.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Orders without a payment</source>
        <translation>Ordrar utan betalning</translation>
    </message>
    <message>
        <source>Online orders in the period whose payment is awaiting or failed, not paid by hand and not invoiced: sold on the web, but no money has come in.</source>
        <translation>Webbordrar i perioden vars betalning väntar eller har misslyckats, som inte har betalats manuellt och inte fakturerats: sålda på webben, men inga pengar har kommit in.</translation>
    </message>
    <message>
        <source>Payments without an order</source>
        <translation>Betalningar utan order</translation>
    </message>
    <message>
        <source>Debtor payments in the period not (fully) settled against an invoice: the customer paid, but nothing has been sold against it. The amount is the open part.</source>
        <translation>Kundbetalningar i perioden som inte (helt) har avräknats mot en faktura: kunden har betalat, men inget har sålts mot betalningen. Beloppet är den öppna delen.</translation>
    </message>
    <message>
        <source>Payouts not matched</source>
        <translation>Utbetalningar som inte matchats</translation>
    </message>
    <message>
        <source>Transactions in payouts dated in the period that match no order, receipt or till payment.</source>
        <translation>Transaktioner i utbetalningar daterade i perioden som inte matchar någon order, något kvitto eller någon inbetalning i kassan.</translation>
    </message>
    <message>
        <source>Vouchers not transferred</source>
        <translation>Verifikationer som inte förts över</translation>
    </message>
    <message>
        <source>Vouchers dated in the period that are pending, queued or failed: the accounting program does not have them yet.</source>
        <translation>Verifikationer daterade i perioden som är väntande, i kö eller misslyckade: bokföringsprogrammet har dem inte ännu.</translation>
    </message>
    <message>
        <source>Unmatched payouts, fees</source>
        <translation>Ej matchade utbetalningar, avgifter</translation>
    </message>
    <message>
        <source>No method given</source>
        <translation>Inget betalningssätt angivet</translation>
    </message>
    <message>
        <source>The report has no such difference.</source>
        <translation>Rapporten har ingen sådan differens.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>%1, %2, payment %3</source>
        <translation>%1, %2, betalning %3</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>reserverad</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>betalt %1</translation>
    </message>
    <message>
        <source>Payout %1, line %2</source>
        <translation>Utbetalning %1, rad %2</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ingen referens</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>referens %1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Verifikation %1</translation>
    </message>
</context>
<context>
    <name>skranke::BalanceReportPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Differences&lt;/b&gt; — what keeps the numbers apart, item by item</source>
        <translation>&lt;b&gt;Differenser&lt;/b&gt; — det som skiljer siffrorna åt, post för post</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Balance&lt;/h2&gt;Sold, paid, paid out and transferred to accounting per payment method, and every difference.</source>
        <translation>&lt;h2&gt;Avstämning&lt;/h2&gt;Sålt, betalt, utbetalt och överfört till bokföringen per betalningssätt, och varje differens.</translation>
    </message>
    <message>
        <source>Sold %1 (invoices %2, till %3, online orders %4) · paid %5 · difference %6 · vouchered %7, transferred %8</source>
        <translation>Sålt %1 (fakturor %2, kassa %3, webbordrar %4) · betalt %5 · differens %6 · i verifikationer %7, överfört %8</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>Balance report as PDF</source>
        <translation>Avstämningsrapport som PDF</translation>
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
        <translation>Inte helt betald senast slutbetalningens förfallodatum %1 (betalt %2 av %3); avbokad av faktureringskörningen.</translation>
    </message>
    <message>
        <source>Deposit not paid by %1 (paid %2 of %3); cancelled by the billing run.</source>
        <translation>Handpenningen inte betald senast %1 (betalt %2 av %3); avbokad av faktureringskörningen.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fakturera</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Påminn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>No customer to invoice.</source>
        <translation>Ingen gäst att fakturera.</translation>
    </message>
    <message>
        <source>The run&apos;s date is required.</source>
        <translation>Körningens datum måste anges.</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>Open &amp;reminders…</source>
        <translation>Öppna &amp;påminnelser …</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Kör fakturering</translation>
    </message>
    <message>
        <source>What the bookings&apos; Invoice tabs ask for: an invoice for rows not yet invoiced (emailed when &quot;send invoice&quot; is ticked), cancelling bookings not paid by their due dates (&quot;cancel on missing payment&quot;), and overdue invoices to remind (&quot;generate reminder&quot;). Check the list, then run it.</source>
        <translation>Det som bokningarnas Faktura-flikar begär: en faktura för rader som inte är fakturerade ännu (skickas med e-post när &quot;skicka faktura&quot; är ibockad), avbokning av bokningar som inte är betalda till sina förfallodatum (&quot;avboka vid utebliven betalning&quot;) och förfallna fakturor att påminna om (&quot;skapa påminnelse&quot;). Kontrollera listan och kör den sedan.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Running billing makes invoices: it needs the right &quot;%1&quot;.</source>
        <translation>Faktureringen skapar fakturor: den kräver behörigheten &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>%1 invoice(s), %2 cancellation(s), %3 to remind, %4 refused.</source>
        <translation>Fakturor: %1, avbokningar: %2, att påminna: %3, avvisade: %4.</translation>
    </message>
    <message>
        <source>Nothing to do on this date.</source>
        <translation>Inget att göra detta datum.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klart: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Att göra: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunDispatch</name>
    <message>
        <source>Emailed to the customer.</source>
        <translation>Skickad med e-post till gästen.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Inte skickad med e-post: %1</translation>
    </message>
</context>
<context>
    <name>skranke::BillingRunModel</name>
    <message>
        <source>Will be emailed.</source>
        <translation>Skickas med e-post.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>skranke::BookableCatalog</name>
    <message>
        <source>Adult</source>
        <translation>Vuxen</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>Spädbarn</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name is required.</source>
        <translation>Leverantörens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>There is already a supplier named &quot;%1&quot;.</source>
        <translation>Det finns redan en leverantör som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no supplier %1.</source>
        <translation>Det finns ingen leverantör %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>&quot;%1&quot; är inte en gästkategori.</translation>
    </message>
    <message>
        <source>A guest category&apos;s key is lower-case letters, digits and _.</source>
        <translation>En gästkategoris nyckel består av små bokstäver, siffror och _.</translation>
    </message>
    <message>
        <source>The guest category&apos;s name is required.</source>
        <translation>Gästkategorins namn måste fyllas i.</translation>
    </message>
    <message>
        <source>There is already a guest category &quot;%1&quot;.</source>
        <translation>Det finns redan en gästkategori &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no guest category %1.</source>
        <translation>Det finns ingen gästkategori %1.</translation>
    </message>
    <message>
        <source>The season ends before it begins.</source>
        <translation>Säsongen slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Välj minst en veckodag.</translation>
    </message>
    <message>
        <source>The length is at least 1 and the maximum not below the minimum.</source>
        <translation>Längden måste vara minst 1, och maximum får inte vara lägre än minimum.</translation>
    </message>
    <message>
        <source>The quantity is at least 1 and the maximum not below the minimum.</source>
        <translation>Antalet måste vara minst 1, och maximum får inte vara lägre än minimum.</translation>
    </message>
    <message>
        <source>The maximum number of guests is below the minimum.</source>
        <translation>Högsta antalet gäster är lägre än lägsta antalet.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A per-guest price names its guest category; other prices do not.</source>
        <translation>Ett pris per gäst anger sin gästkategori; andra priser gör det inte.</translation>
    </message>
    <message>
        <source>There is no price rule %1.</source>
        <translation>Det finns ingen prisregel %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookableSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>New &amp;supplier…</source>
        <translation>Ny le&amp;verantör …</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Ny ka&amp;tegori …</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Lägg till &amp;regel …</translation>
    </message>
    <message>
        <source>&amp;Retire rule</source>
        <translation>&amp;Avsluta regel</translation>
    </message>
    <message>
        <source>What makes a product bookable: who supplies it, which guests it takes and its price table. Changes apply at once.</source>
        <translation>Vad som gör en produkt bokningsbar: vem som levererar den, vilka gäster den tar emot och dess pristabell. Ändringar gäller direkt.</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>&amp;Leverantör:</translation>
    </message>
    <message>
        <source>Guest categories:</source>
        <translation>Gästkategorier:</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Pristabell</translation>
    </message>
    <message>
        <source>With no rules the product&apos;s own price is the price per night or hour.</source>
        <translation>Utan regler är produktens eget pris priset per natt eller timme.</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>Pr&amp;ova</translation>
    </message>
    <message>
        <source>Try a price</source>
        <translation>Prova ett pris</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Arri&amp;val:</source>
        <translation>Ankom&amp;st:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntal:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gäster:</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Bara en användare med rätt att ändra inställningar kan ändra detta.</translation>
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
        <translation>Ingen ikryssad: produkten tar emot alla kategorier.</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Ny leverantör</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>New guest category</source>
        <translation>Ny gästkategori</translation>
    </message>
    <message>
        <source>&amp;Key (a–z, 0–9, _):</source>
        <translation>N&amp;yckel (a–z, 0–9, _):</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Avresan måste vara efter ankomsten.</translation>
    </message>
    <message>
        <source>Offered price: %1 %2 incl. VAT</source>
        <translation>Erbjudet pris: %1 %2 inkl. moms</translation>
    </message>
    <message>
        <source>No price matches: a booking row needs a manual price.</source>
        <translation>Inget pris passar: en bokningsrad behöver ett manuellt pris.</translation>
    </message>
    <message>
        <source>e.g. 14:50, 3:100</source>
        <translation>t.ex. 14:50, 3:100</translation>
    </message>
    <message>
        <source>Cancelling fewer than DAYS days before arrival costs PERCENT of the price. &quot;14:50, 3:100&quot;: free until 14 days before, 50 % until 3 days before, 100 % after. Empty: free until arrival.</source>
        <translation>Avbokning färre än DAGAR dagar före ankomst kostar PROCENT av priset. &quot;14:50, 3:100&quot;: kostnadsfritt fram till 14 dagar före, 50 % fram till 3 dagar före, 100 % därefter. Tomt: kostnadsfritt fram till ankomst.</translation>
    </message>
    <message>
        <source>Save terms</source>
        <translation>Spara villkor</translation>
    </message>
    <message>
        <source>Cancellation ter&amp;ms:</source>
        <translation>Avbokningsvill&amp;kor:</translation>
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
        <translation>Affärsresa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>School or institution</source>
        <translation>Skola eller institution</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest count (category:number, for example adult:2,child:1).</source>
        <translation>&quot;%1&quot; är inte ett gästantal (kategori:antal, till exempel adult:2,child:1).</translation>
    </message>
</context>
<context>
    <name>skranke::BookingBilling</name>
    <message>
        <source>The deposit is at most 100 % of the booking.</source>
        <translation>Handpenningen är högst 100 % av bokningen.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to invoice; choose one on the General tab.</source>
        <translation>Bokning %1 har ingen gäst att fakturera; välj en på fliken Allmänt.</translation>
    </message>
    <message>
        <source>Booking %1 is set not to be invoiced (Invoice tab).</source>
        <translation>Bokning %1 är inställd på att inte faktureras (fliken Faktura).</translation>
    </message>
    <message>
        <source>Booking %1 has no rows to invoice.</source>
        <translation>Bokning %1 har inga rader att fakturera.</translation>
    </message>
    <message>
        <source>Every row of booking %1 is invoiced already; an unpaid invoice is followed up by a reminder.</source>
        <translation>Alla rader i bokning %1 är redan fakturerade; en obetald faktura följs upp med en påminnelse.</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Bokning %1</translation>
    </message>
    <message>
        <source>Deposit %1 due %2; the rest by %3.</source>
        <translation>Handpenning %1 förfaller %2; resten senast %3.</translation>
    </message>
    <message>
        <source>A payment is more than 0.</source>
        <translation>En betalning måste vara större än 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalningsdatumet måste fyllas i.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN.</source>
        <translation>&quot;%1&quot; är inte ett giltigt IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Norwegian account number (11 digits with a valid check digit) or an IBAN.</source>
        <translation>&quot;%1&quot; är inte ett norskt kontonummer (11 siffror med en giltig kontrollsiffra) eller ett IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Danish account (reg. no. of 4 digits and an account number of up to 10) or an IBAN.</source>
        <translation>&quot;%1&quot; är inte ett danskt konto (reg.nr med 4 siffror och ett kontonummer med högst 10) eller ett IBAN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IBAN.</source>
        <translation>&quot;%1&quot; är inte ett IBAN.</translation>
    </message>
    <message>
        <source>Choose another booking to transfer the payment to.</source>
        <translation>Välj en annan bokning att överföra betalningen till.</translation>
    </message>
    <message>
        <source>Booking %1 → %2</source>
        <translation>Bokning %1 → %2</translation>
    </message>
    <message>
        <source>Cancellation fee: %1, %2</source>
        <translation>Avbokningsavgift: %1, %2</translation>
    </message>
</context>
<context>
    <name>skranke::BookingDispatch</name>
    <message>
        <source>Booking %1 has no invoice yet; generate the invoice first.</source>
        <translation>Bokning %1 har ingen faktura ännu; skapa fakturan först.</translation>
    </message>
    <message>
        <source>Booking %1 has no customer to send it to.</source>
        <translation>Bokning %1 har ingen gäst att skicka den till.</translation>
    </message>
    <message>
        <source>%1 has no email address. Add one to the customer, or print the invoice and send it by post.</source>
        <translation>%1 har ingen e-postadress. Lägg till en hos gästen, eller skriv ut fakturan och skicka den med post.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Bokning %1 har inga rader från en leverantör (som inte är avbokade): det finns inget att rapportera.</translation>
    </message>
    <message>
        <source>Booking %1 from %2</source>
        <translation>Bokning %1 från %2</translation>
    </message>
    <message>
        <source>Hello %1,

Attached is our report of booking %2: the rows you supply, with arrival, departure, guests and the customer&apos;s comment.

Kind regards
%3</source>
        <translation>Hej %1,

Bifogat finns vår rapport om bokning %2: raderna som ni levererar, med ankomst, avresa, gäster och gästens kommentar.

Vänliga hälsningar
%3</translation>
    </message>
    <message>
        <source>Booking %1 is not paid in full: %2 of %3 %4 is paid. The payment confirmation goes out when all of it is.</source>
        <translation>Bokning %1 är inte helt betald: %2 av %3 %4 är betalt. Betalningsbekräftelsen skickas när allt är betalt.</translation>
    </message>
    <message>
        <source>Payment confirmation for invoice %1 from %2</source>
        <translation>Betalningsbekräftelse för faktura %1 från %2</translation>
    </message>
    <message>
        <source>Dear %1,

Thank you for your payment. Attached is a copy of invoice %2 for your booking %3, marked paid; %4 is paid in full.

Kind regards
%5</source>
        <translation>Hej %1,

Tack för din betalning. Bifogat finns en kopia av faktura %2 för din bokning %3, markerad som betald; %4 är helt betalt.

Vänliga hälsningar
%5</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Faktura %1 från %2</translation>
    </message>
    <message>
        <source>Dear %1,

Attached is invoice %2 for your booking %3: %4, due %5.

Kind regards
%6</source>
        <translation>Hej %1,

Bifogat finns faktura %2 för din bokning %3: %4, förfaller %5.

Vänliga hälsningar
%6</translation>
    </message>
    <message>
        <source>Row %1 is not in booking %2.</source>
        <translation>Rad %1 finns inte i bokning %2.</translation>
    </message>
    <message>
        <source>Row %1 is not cancelled.</source>
        <translation>Rad %1 är inte avbokad.</translation>
    </message>
    <message>
        <source>Cancellation in booking %1 from %2</source>
        <translation>Avbokning i bokning %1 från %2</translation>
    </message>
    <message>
        <source>Hello %1,

Part of booking %2 that you supply is cancelled. Attached are the cancelled rows, with when and why they were cancelled.

Kind regards
%3</source>
        <translation>Hej %1,

En del av bokning %2 som ni levererar är avbokad. Bifogat finns de avbokade raderna, med när och varför de avbokades.

Vänliga hälsningar
%3</translation>
    </message>
</context>
<context>
    <name>skranke::BookingRowsModel</name>
    <message>
        <source>Manual price</source>
        <translation>Manuellt pris</translation>
    </message>
    <message>
        <source>From the price table</source>
        <translation>Från pristabellen</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>överbokad</translation>
    </message>
    <message>
        <source>repeats monthly</source>
        <translation>upprepas varje månad</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>reglerad</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>fakturerad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
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
        <translation>Avresa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Pris inkl. moms</translation>
    </message>
    <message>
        <source>Invoice text</source>
        <translation>Fakturatext</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
</context>
<context>
    <name>skranke::BookingService</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen gäst %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (%2).</source>
        <translation>&quot;%1&quot; är inte ett syfte (%2).</translation>
    </message>
    <message>
        <source>The final due date is before the deposit&apos;s.</source>
        <translation>Slutbetalningens förfallodatum är före handpenningens.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not booked over time; sell it at the till.</source>
        <translation>%1 bokas inte över tid; sälj den i kassan.</translation>
    </message>
    <message>
        <source>The departure must be after the arrival.</source>
        <translation>Avresan måste vara efter ankomsten.</translation>
    </message>
    <message>
        <source>%1 is booked by night: arrival and departure are dates.</source>
        <translation>%1 bokas per natt: ankomst och avresa är datum.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Antalet måste vara minst 1.</translation>
    </message>
    <message>
        <source>A row is cancelled with Cancel, which asks for the reason.</source>
        <translation>En rad avbokas med Avboka, som frågar efter orsaken.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Antalet gäster kan inte vara negativt.</translation>
    </message>
    <message>
        <source>%1 does not take guests of the category %2.</source>
        <translation>%1 tar inte emot gäster i kategorin %2.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The parent row must be another row of booking %1.</source>
        <translation>Den överordnade raden måste vara en annan rad i bokning %1.</translation>
    </message>
    <message>
        <source>No price in the price table of %1 matches this period, quantity and guests: enter a manual price.</source>
        <translation>Inget pris i pristabellen för %1 passar den här perioden, antalet och gästerna: ange ett manuellt pris.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Det finns ingen enhet %1.</translation>
    </message>
    <message>
        <source>That unit is not a unit of %1.</source>
        <translation>Den enheten hör inte till %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free in this period; tick &quot;Allow overbooking&quot; to book %3.</source>
        <translation>Bara %1 av %2 är lediga under perioden; bocka för &quot;Tillåt överbokning&quot; för att boka %3.</translation>
    </message>
    <message>
        <source>%1 is fully booked in this period; tick &quot;Allow overbooking&quot; to book it anyway.</source>
        <translation>%1 är fullbokad under perioden; bocka för &quot;Tillåt överbokning&quot; för att boka ändå.</translation>
    </message>
    <message>
        <source>Row %1 is settled and can no longer be changed.</source>
        <translation>Rad %1 är reglerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Rad %1 är avbokad.</translation>
    </message>
    <message>
        <source>Write what the log should say.</source>
        <translation>Skriv vad som ska stå i loggen.</translation>
    </message>
    <message>
        <source>Booking %1 can be copied when it is fully settled or cancelled; row %2 is neither.</source>
        <translation>Bokning %1 kan kopieras när den är helt reglerad eller avbokad; rad %2 är ingetdera.</translation>
    </message>
    <message>
        <source>Lowering the quantity from %1 to %2 cancels %3 units: cancel them with a reason.</source>
        <translation>Att sänka antalet från %1 till %2 avbokar %3 enheter: avboka dem med en orsak.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingStore</name>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finns ingen bokning %1.</translation>
    </message>
    <message>
        <source>There is no booking row %1.</source>
        <translation>Det finns ingen bokningsrad %1.</translation>
    </message>
</context>
<context>
    <name>skranke::BookingTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>&quot;%1&quot; är inte ett datum med klockslag (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; är inte ett datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This product is booked by night: give a date without a time (&quot;%1&quot;).</source>
        <translation>Den här produkten bokas per natt: ange ett datum utan klockslag (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>&quot;%1&quot; är inte ett klockslag.</translation>
    </message>
</context>
<context>
    <name>skranke::CancelDialog</name>
    <message numerus="yes">
        <source>%n day(s) before arrival</source>
        <translation>
            <numerusform>%n dag före ankomst</numerusform>
            <numerusform>%n dagar före ankomst</numerusform>
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
            <numerusform>%n dagar efter ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Efterskänk avgiften</translation>
    </message>
    <message>
        <source>Cancel booking row</source>
        <translation>Avboka bokningsrad</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka bokning</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>Varför avbokas den? (obligatoriskt)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>&amp;Units to cancel:</source>
        <translation>E&amp;nheter att avboka:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Avgift:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Avboka &amp;rad</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Avboka &amp;bokning</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;håll den</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1: %n row(s) will be cancelled.</source>
        <translation>
            <numerusform>Bokning %1: %n rad avbokas.</numerusform>
            <numerusform>Bokning %1: %n rader avbokas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to cancel.</source>
        <translation>Det finns inget kvar att avboka.</translation>
    </message>
    <message>
        <source>%1 (%2 % of the price, cancelled %3)</source>
        <translation>%1 (%2 % av priset, avbokad %3)</translation>
    </message>
    <message>
        <source>No fee (cancelled %1)</source>
        <translation>Ingen avgift (avbokad %1)</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Ingen avgift</translation>
    </message>
    <message>
        <source>Billed: the purchase stands and only the time is freed. Credit the invoice to pay money back.</source>
        <translation>Fakturerad: köpet står kvar och bara tiden frigörs. Kreditera fakturan för att betala tillbaka pengar.</translation>
    </message>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv varför den avbokas: orsaken måste anges.</translation>
    </message>
</context>
<context>
    <name>skranke::CancelFlow</name>
    <message>
        <source>%1, booking %2, row %3</source>
        <translation>%1, bokning %2, rad %3</translation>
    </message>
    <message>
        <source>Booking %1, row %2</source>
        <translation>Bokning %1, rad %2</translation>
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
        <translation>Avboka den här bokningsraden?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel it and its %n part(s)</source>
        <translation>
            <numerusform>Avboka den och dess %n del</numerusform>
            <numerusform>Avboka den och dess %n delar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;row</source>
        <translation>Avboka &amp;rad</translation>
    </message>
    <message>
        <source>Only &amp;this row</source>
        <translation>Bara &amp;den här raden</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;håll den</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Bokning %1 har inget kvar att avboka.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel booking %1 with its %n row(s)?</source>
        <translation>
            <numerusform>Avboka bokning %1 med dess %n rad?</numerusform>
            <numerusform>Avboka bokning %1 med dess %n rader?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoice was for booking %1, which still has %n row(s) booked. Cancel the booking too?</source>
        <translation>
            <numerusform>Fakturan gällde bokning %1, som fortfarande har %n bokad rad. Avboka bokningen också?</numerusform>
            <numerusform>Fakturan gällde bokning %1, som fortfarande har %n bokade rader. Avboka bokningen också?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Avboka &amp;bokning …</translation>
    </message>
    <message>
        <source>Cancellation sent to %1.</source>
        <translation>Avbokningen har skickats till %1.</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them yourself.</source>
        <translation>%1 har ingen e-postadress: meddela dem själv.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverantörsrapport</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Avbokningen gäller, men leverantörerna har inte underrättats: %1</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationList</name>
    <message>
        <source>The first day is required.</source>
        <translation>Den första dagen måste anges.</translation>
    </message>
    <message>
        <source>The last day is required.</source>
        <translation>Den sista dagen måste anges.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Den sista dagen (%1) är före den första (%2).</translation>
    </message>
    <message>
        <source>A cancellation list spans at most %1 days; %2 to %3 is %4.</source>
        <translation>En avbokningslista omfattar högst %1 dagar; %2 till %3 är %4.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Suggested fee</source>
        <translation>Föreslagen avgift</translation>
    </message>
    <message>
        <source>Fee waived by</source>
        <translation>Avgift efterskänkt av</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListDocument</name>
    <message>
        <source>Cancellations</source>
        <translation>Avbokningar</translation>
    </message>
    <message>
        <source>Fee of %1 waived by %2.</source>
        <translation>Avgift på %1 efterskänkt av %2.</translation>
    </message>
    <message>
        <source>Billed: the purchase stands.</source>
        <translation>Fakturerad: köpet står kvar.</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Vecka %1: %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Fee (%1)</source>
        <translation>Avgift (%1)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation>Avbokningar: %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Waived fees</source>
        <translation>Efterskänkta avgifter</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Inga bokningar avbokades under perioden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListModel</name>
    <message>
        <source>Suggested fee %1, waived by %2.</source>
        <translation>Föreslagen avgift %1, efterskänkt av %2.</translation>
    </message>
    <message>
        <source>The row was billed: the purchase stands.</source>
        <translation>Raden var fakturerad: köpet står kvar.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF …</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Spara &amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cancellations&lt;/h2&gt;Booking rows cancelled in the period, with reasons and fees.</source>
        <translation>&lt;h2&gt;Avbokningar&lt;/h2&gt;Bokningsrader som avbokats under perioden, med orsaker och avgifter.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>Cancellations: %1 · units: %2 · fees: %3</source>
        <translation>Avbokningar: %1 · enheter: %2 · avgifter: %3</translation>
    </message>
    <message>
        <source> · waived: %1</source>
        <translation> · efterskänkt: %1</translation>
    </message>
    <message>
        <source>Cancellation list as PDF</source>
        <translation>Avbokningslista som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Cancellation list as CSV</source>
        <translation>Avbokningslista som CSV</translation>
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
        <translation>En tidsgräns måste vara minst 1 dag före ankomst.</translation>
    </message>
    <message>
        <source>A cancellation fee is between 0 and 100 %.</source>
        <translation>En avbokningsavgift måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>There are two fees for %1 days before arrival.</source>
        <translation>Det finns två avgifter för %1 dagar före ankomst.</translation>
    </message>
    <message>
        <source>The fee cannot fall as arrival comes nearer (%1 days: %2 %, %3 days: %4 %).</source>
        <translation>Avgiften kan inte sjunka när ankomsten närmar sig (%1 dagar: %2 %, %3 dagar: %4 %).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAYS:PERCENT (e.g. 14:50).</source>
        <translation>&quot;%1&quot; är inte DAGAR:PROCENT (t.ex. 14:50).</translation>
    </message>
    <message>
        <source>Free to cancel until arrival</source>
        <translation>Kostnadsfri avbokning fram till ankomst</translation>
    </message>
    <message numerus="yes">
        <source>free until %n day(s) before arrival</source>
        <translation>
            <numerusform>kostnadsfritt fram till %n dag före ankomst</numerusform>
            <numerusform>kostnadsfritt fram till %n dagar före ankomst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % until %n day(s) before arrival</source>
        <translation>
            <numerusform>%1 % fram till %n dag före ankomst</numerusform>
            <numerusform>%1 % fram till %n dagar före ankomst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % after</source>
        <translation>%1 % därefter</translation>
    </message>
</context>
<context>
    <name>skranke::CancellationService</name>
    <message>
        <source>Write why it is cancelled: the reason is required.</source>
        <translation>Skriv varför den avbokas: orsaken måste anges.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled already.</source>
        <translation>Rad %1 är redan avbokad.</translation>
    </message>
    <message>
        <source>Row %1 has %2 units: cancel between 1 and %2.</source>
        <translation>Rad %1 har %2 enheter: avboka mellan 1 och %2.</translation>
    </message>
    <message>
        <source>Row %1 is billed on invoice %2: credit it first (credit note), or ask a user with the right &quot;%3&quot;.</source>
        <translation>Rad %1 är fakturerad på faktura %2: kreditera den först (kreditfaktura), eller be en användare med behörigheten &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Row %1 is paid: return or credit it first, or ask a user with the right &quot;%2&quot;.</source>
        <translation>Rad %1 är betald: returnera eller kreditera den först, eller be en användare med behörigheten &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Row %1 is invoiced: only the whole row can be cancelled, after it is credited.</source>
        <translation>Rad %1 är fakturerad: bara hela raden kan avbokas, efter att den har krediterats.</translation>
    </message>
    <message>
        <source>Booking %1 has nothing left to cancel.</source>
        <translation>Bokning %1 har inget kvar att avboka.</translation>
    </message>
    <message>
        <source>Cancelling units lowers the quantity below %1, to at least 1.</source>
        <translation>Att avboka enheter sänker antalet under %1, till minst 1.</translation>
    </message>
</context>
<context>
    <name>skranke::CapturePolicy</name>
    <message>
        <source>“%1” is not marked delivered.</source>
        <translation>”%1” är inte markerad som levererad.</translation>
    </message>
    <message>
        <source>“%1” is delivered from %2.</source>
        <translation>”%1” levereras från och med %2.</translation>
    </message>
    <message>
        <source>The goods are not marked ready to ship.</source>
        <translation>Varorna är inte markerade som klara att skickas.</translation>
    </message>
    <message>
        <source>Capturing now is earlier than the card rules allow. %1</source>
        <translation>Att dra beloppet nu är tidigare än kortreglerna tillåter. %1</translation>
    </message>
</context>
<context>
    <name>skranke::CartModel</name>
    <message>
        <source>Price changed from %1</source>
        <translation>Priset ändrat från %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
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
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>skranke::CatalogService</name>
    <message>
        <source>The item number is required.</source>
        <translation>Artikelnumret måste fyllas i.</translation>
    </message>
    <message>
        <source>The product name is required.</source>
        <translation>Produktnamnet måste fyllas i.</translation>
    </message>
    <message>
        <source>The category is required.</source>
        <translation>Kategorin måste fyllas i.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Priset kan inte vara negativt.</translation>
    </message>
    <message>
        <source>%1 % is not a VAT rate in %2 (use one of %3).</source>
        <translation>%1 % är inte en momssats i %2 (använd en av %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN-13 (13 digits with check digit).</source>
        <translation>&quot;%1&quot; är inte en giltig EAN-13 (13 siffror med kontrollsiffra).</translation>
    </message>
    <message>
        <source>A bookable product needs a capacity of at least 1.</source>
        <translation>En bokningsbar produkt måste ha en kapacitet på minst 1.</translation>
    </message>
    <message>
        <source>The resource name is required.</source>
        <translation>Resursens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
    </message>
    <message>
        <source>%1 is not bookable, so it has no resources.</source>
        <translation>%1 går inte att boka och har därför inga resurser.</translation>
    </message>
</context>
<context>
    <name>skranke::ChartOfAccounts</name>
    <message>
        <source>An account number is 1 to 10 digits or letters, not “%1”.</source>
        <translation>Ett kontonummer är 1 till 10 siffror eller bokstäver, inte “%1”.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ge kontot ett namn.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eget kapital</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkt</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Standardkod</translation>
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
        <translation>%1 måste vara en tidpunkt som 2026-01-31T09:30, inte &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CompanyService</name>
    <message>
        <source>The company profile is not set up yet.</source>
        <translation>Företagsprofilen är inte upplagd ännu.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>Företagets namn måste fyllas i.</translation>
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
        <translation>&quot;%1&quot; är inte ett giltigt %2 (kontrollsiffra).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN (check digits).</source>
        <translation>&quot;%1&quot; är inte ett giltigt IBAN (kontrollsiffror).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>&quot;%1&quot; är inte en giltig BIC (8 eller 11 bokstäver och siffror).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; är inte en känd tidszon.</translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>Logotypfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The company profile already exists.</source>
        <translation>Företagsprofilen finns redan.</translation>
    </message>
</context>
<context>
    <name>skranke::CompanySettingsPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>Företagets &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adress, rad 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;Momsregistreringsnummer:</translation>
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
        <translation>&amp;Logotypfil:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
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
        <translation>Välj …</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Välj logotypen</translation>
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
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>You may look at the company profile but not change it: that takes the right &quot;%1&quot;.</source>
        <translation>Du kan se företagsprofilen men inte ändra den: det kräver behörigheten &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not &quot;%1&quot;.</source>
        <translation>Landet måste vara DK, NO eller SE, inte &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::CreditNoteDialog</name>
    <message>
        <source>&amp;Whole invoice (what is not credited yet)</source>
        <translation>&amp;Hela fakturan (det som inte är krediterat ännu)</translation>
    </message>
    <message>
        <source>An &amp;amount:</source>
        <translation>Ett &amp;belopp:</translation>
    </message>
    <message>
        <source>Chosen &amp;lines (quantity to credit):</source>
        <translation>Valda &amp;rader (antal att kreditera):</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Kreditera faktura %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditera</translation>
    </message>
    <message>
        <source>Invoice total %1; not credited yet %2.</source>
        <translation>Fakturans total %1; ännu inte krediterat %2.</translation>
    </message>
    <message>
        <source>Give a quantity on at least one line.</source>
        <translation>Ange ett antal på minst en rad.</translation>
    </message>
</context>
<context>
    <name>skranke::CsvWriter</name>
    <message>
        <source>The separator must be &apos;;&apos;, &apos;,&apos; or tab, not &quot;%1&quot;.</source>
        <translation>Avgränsaren måste vara &apos;;&apos;, &apos;,&apos; eller tabb, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::CustomerDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adress, rad 2:</translation>
    </message>
    <message>
        <source>Address, line 3:</source>
        <translation>Adress, rad 3:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>In&amp;voice remark:</source>
        <translation>Fakturaan&amp;märkning:</translation>
    </message>
    <message>
        <source>The customer has &amp;no email</source>
        <translation>Gästen har &amp;ingen e-post</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Gäst %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny gäst</translation>
    </message>
    <message>
        <source>&quot;-&quot; when not known</source>
        <translation>”-” om okänt</translation>
    </message>
    <message>
        <source>printed on the customer&apos;s invoices</source>
        <translation>skrivs på gästens fakturor</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckninga&amp;r:</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <translation>Välj gäst</translation>
    </message>
    <message>
        <source>Name, email, address, notes or customer ID</source>
        <translation>Namn, e-post, adress, anteckningar eller gäst-ID</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny gäst …</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
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
        <translation>Kundens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>The customer is marked as having no email, but one is given.</source>
        <translation>Gästen är markerad som utan e-post, men en är angiven.</translation>
    </message>
    <message>
        <source>The customer&apos;s email is required, unless the customer has none.</source>
        <translation>Gästens e-post måste fyllas i, om inte gästen saknar e-post.</translation>
    </message>
    <message>
        <source>Address line 1 is required (&quot;-&quot; when it is not known).</source>
        <translation>Adressrad 1 måste fyllas i (”-” om den är okänd).</translation>
    </message>
    <message>
        <source>The postcode is required (&quot;-&quot; when it is not known).</source>
        <translation>Postnumret måste fyllas i (”-” om det är okänt).</translation>
    </message>
    <message>
        <source>The city is required (&quot;-&quot; when it is not known).</source>
        <translation>Orten måste fyllas i (”-” om den är okänd).</translation>
    </message>
    <message>
        <source>The phone number is required (&quot;-&quot; when it is not known).</source>
        <translation>Telefonnumret måste fyllas i (”-” om det är okänt).</translation>
    </message>
</context>
<context>
    <name>skranke::CustomersPage</name>
    <message>
        <source>Search email, name, address or notes, or type an ID</source>
        <translation>Sök i e-post, namn, adress eller anteckningar, eller skriv ett ID</translation>
    </message>
    <message>
        <source>&amp;New customer… (Ctrl+N)</source>
        <translation>&amp;Ny gäst … (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Redigera … (Enter)</translation>
    </message>
    <message>
        <source>No customer matches. &quot;New customer…&quot; creates one.</source>
        <translation>Ingen gäst matchar. ”Ny gäst …” skapar en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De första %1 visas; skriv mer för att begränsa.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n gäst</numerusform>
            <numerusform>%n gäster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>There is no Skranke database at %1. Create one with &quot;skranke-cli init&quot; or &quot;skranke-cli demo&quot;.</source>
        <translation>Det finns ingen Skranke-databas i %1. Skapa en med &quot;skranke-cli init&quot; eller &quot;skranke-cli demo&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>Kan inte skapa %1: mappen är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 finns redan; den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 finns redan; välj en ny fil.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Säkerhetskopiering till %1 misslyckades: %2</translation>
    </message>
</context>
<context>
    <name>skranke::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-31.</source>
        <translation>&quot;%1&quot; är inte ett datum som 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorDialog</name>
    <message>
        <source>Debtor &amp;ID:</source>
        <translation>Kund-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Företagsnamn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Address, line 2:</source>
        <translation>Adress, rad 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
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
        <translation>&amp;Org.-/momsnummer:</translation>
    </message>
    <message>
        <source>Business customer (B2B)</source>
        <translation>Företagskund (B2B)</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>next free ID</source>
        <translation>nästa lediga ID</translation>
    </message>
    <message>
        <source>The company&apos;s language</source>
        <translation>Företagets språk</translation>
    </message>
    <message>
        <source>days net</source>
        <translation>dagar netto</translation>
    </message>
    <message>
        <source>days after the end of the month</source>
        <translation>dagar efter månadens slut</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ingen grupp)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Betalningsvillkor:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;rupp:</translation>
    </message>
    <message>
        <source>The ID must be a positive number.</source>
        <translation>ID måste vara ett positivt tal.</translation>
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
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Förskott</translation>
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
        <translation>&amp;Endast kunder med utestående</translation>
    </message>
    <message>
        <source>&amp;Hide outstanding = 0</source>
        <translation>&amp;Dölj utestående = 0</translation>
    </message>
    <message>
        <source>Search ID or name…</source>
        <translation>Sök ID eller namn …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra …</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Registrera &amp;betalning …</translation>
    </message>
    <message>
        <source>Pos&amp;tings</source>
        <translation>Bok&amp;föringar</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Flytta till grupp …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debtors&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kunder&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Utestående %1 · förskott %2</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Flytta till grupp</translation>
    </message>
    <message>
        <source>Move %1 marked debtors to the group (type a new name to create it):</source>
        <translation>Flytta %1 markerade kunder till gruppen (skriv ett nytt namn för att skapa den):</translation>
    </message>
    <message>
        <source>Export debtors</source>
        <translation>Exportera kunder</translation>
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
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Förskott</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Rename &amp;group…</source>
        <translation>Byt namn på &amp;grupp …</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorPickDialog</name>
    <message>
        <source>Debtor ID or part of the name</source>
        <translation>Kund-ID eller del av namnet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>&amp;New debtor…</source>
        <translation>&amp;Ny kund …</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>No debtor matches. &quot;New debtor…&quot; creates one.</source>
        <translation>Ingen kund matchar. &quot;Ny kund …&quot; skapar en.</translation>
    </message>
    <message>
        <source>The first %1 shown; type more to narrow.</source>
        <translation>De första %1 visas; skriv mer för att begränsa.</translation>
    </message>
</context>
<context>
    <name>skranke::DebtorService</name>
    <message>
        <source>A debtor needs a name or a company name.</source>
        <translation>En kund måste ha ett namn eller ett företagsnamn.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DK, not &quot;%1&quot;.</source>
        <translation>Landet måste vara en kod med två bokstäver som DK, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket måste vara da, nb, sv eller en, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EAN/GLN (13 digits with check digit).</source>
        <translation>&quot;%1&quot; är inte ett giltigt EAN/GLN (13 siffror med kontrollsiffra).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid organisation/VAT number for %2 (check digit).</source>
        <translation>&quot;%1&quot; är inte ett giltigt organisations-/momsnummer för %2 (kontrollsiffra).</translation>
    </message>
    <message>
        <source>Payment terms must be 0 to 365 days.</source>
        <translation>Betalningsvillkor måste vara 0 till 365 dagar.</translation>
    </message>
    <message>
        <source>Debtor ID %1 is taken.</source>
        <translation>Kund-ID %1 är upptaget.</translation>
    </message>
    <message>
        <source>There is no such debtor group.</source>
        <translation>Kundgruppen finns inte.</translation>
    </message>
    <message>
        <source>There is no debtor %1.</source>
        <translation>Det finns ingen kund %1.</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>Gruppen måste ha ett namn.</translation>
    </message>
    <message>
        <source>There is already a group &quot;%1&quot;.</source>
        <translation>Det finns redan en grupp &quot;%1&quot;.</translation>
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
        <translation>Kreditfaktura %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Paid by the card capture of online order %1</source>
        <translation>Betalt genom kortdragningen för webborder %1</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
</context>
<context>
    <name>skranke::DunningRules</name>
    <message>
        <source>The reminder fee cannot be negative.</source>
        <translation>Påminnelseavgiften kan inte vara negativ.</translation>
    </message>
    <message>
        <source>A reminder fee of %1 is more than the law allows in %2 (%3).</source>
        <translation>En påminnelseavgift på %1 är mer än lagen tillåter i %2 (%3).</translation>
    </message>
    <message>
        <source>The interest rate cannot be negative.</source>
        <translation>Räntesatsen kan inte vara negativ.</translation>
    </message>
    <message>
        <source>%1 % a month is %2 % a year, more than the reference rate + %3 points (%4 % a year) the law allows.</source>
        <translation>%1 % i månaden är %2 % om året, mer än referensräntan + %3 procentenheter (%4 % om året) som lagen tillåter.</translation>
    </message>
    <message>
        <source>the invoice did not say that fees may be charged</source>
        <translation>fakturan angav inte att avgifter kan tas ut</translation>
    </message>
    <message>
        <source>%1 fee-bearing reminders were already sent on this claim</source>
        <translation>%1 påminnelser med avgift har redan skickats för denna fordran</translation>
    </message>
    <message>
        <source>the last reminder was only %1 days ago (at least %2)</source>
        <translation>den senaste påminnelsen var bara för %1 dagar sedan (minst %2)</translation>
    </message>
</context>
<context>
    <name>skranke::DunningSettings</name>
    <message>
        <source>The reference rate is a yearly rate in percent; %1 % is more than 100 %.</source>
        <translation>Referensräntan är en årsränta i procent; %1 % är mer än 100 %.</translation>
    </message>
</context>
<context>
    <name>skranke::EmailTextDialog</name>
    <message>
        <source>Placeholders:</source>
        <translation>Platshållare:</translation>
    </message>
    <message>
        <source>Email with the reminders</source>
        <translation>E-post med påminnelserna</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Create and &amp;send</source>
        <translation>Skapa och &amp;skicka</translation>
    </message>
    <message>
        <source>Each debtor with an email address gets this text with the reminder as a PDF.</source>
        <translation>Varje kund med en e-postadress får den här texten med påminnelsen som PDF.</translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation>Ämnet måste fyllas i.</translation>
    </message>
</context>
<context>
    <name>skranke::FileInspector</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Skranke database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 är inte en Skranke-databas (det är inte en SQLite-fil). Den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Skranke database. It was left unchanged.</source>
        <translation>%1 är en SQLite-databas från ett annat program, inte en Skranke-databas. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Skranke (schema %2; this version knows up to %3). Update Skranke to open it. It was left unchanged.</source>
        <translation>%1 är skriven av en nyare Skranke (schema %2; den här versionen känner till upp till %3). Uppdatera Skranke för att öppna den. Den har inte ändrats.</translation>
    </message>
</context>
<context>
    <name>skranke::FirstStartDialog</name>
    <message>
        <source>Welcome to Skranke</source>
        <translation>Välkommen till Skranke</translation>
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
        <translation>Databasen är ny. Berätta för Skranke om företaget och skapa ägaren, som sedan kan lägga till personalen.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Företagets &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>CVR / &amp;organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;login:</source>
        <translation>Ägarens &amp;användarnamn:</translation>
    </message>
    <message>
        <source>Owner&apos;s n&amp;ame:</source>
        <translation>Ägarens n&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN-kod (4–8 siffror):</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Upprepa PIN-kod:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>The owner&apos;s name is required.</source>
        <translation>Ägarens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De två PIN-koderna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>skranke::Gateways</name>
    <message>
        <source>Unknown payment gateway &quot;%1&quot;; Skranke knows %2.</source>
        <translation>Okänd betallösning &quot;%1&quot;; Skranke känner till %2.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceDocument</name>
    <message>
        <source>Credit note %1</source>
        <translation>Kreditfaktura %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Credit note %1 (continued)</source>
        <translation>Kreditfaktura %1 (forts.)</translation>
    </message>
    <message>
        <source>Invoice %1 (continued)</source>
        <translation>Faktura %1 (forts.)</translation>
    </message>
    <message>
        <source>CREDIT NOTE</source>
        <translation>KREDITFAKTURA</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FAKTURA</translation>
    </message>
    <message>
        <source>Credit note no.</source>
        <translation>Kreditfakturanr</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Debtor no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediterar faktura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Moms %1 % av %2</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totalt exkl. moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTALT %1</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged on late payment under the law.</source>
        <translation>Vid sen betalning kan påminnelseavgift och ränta tas ut enligt lag.</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Vänligen betala %1 senast %2</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finns ingen faktura %1.</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan inte ritas.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceEditorDialog</name>
    <message>
        <source>Other due date:</source>
        <translation>Annat förfallodatum:</translation>
    </message>
    <message>
        <source>Reminder fees and interest may be charged (printed on the invoice)</source>
        <translation>Påminnelseavgift och ränta kan tas ut (skrivs på fakturan)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Styckpris inkl. moms</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>&amp;Debtor ID:</source>
        <translation>&amp;Kund-ID:</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;datum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Förfallodatum:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>&amp;Post invoice</source>
        <translation>&amp;Bokför faktura</translation>
    </message>
    <message>
        <source>(no such debtor)</source>
        <translation>(ingen sådan kund)</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2)</source>
        <translation>Totalt %1 (moms %2)</translation>
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
        <translation>Kreditfaktura</translation>
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
        <translation>Nr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Debtor / line</source>
        <translation>Kund / rad</translation>
    </message>
    <message>
        <source>Till / quantity</source>
        <translation>Kassa / antal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
</context>
<context>
    <name>skranke::InvoiceOverviewPage</name>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Ny faktura …</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Kreditera …</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>Öppna &amp;PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fakturor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditera</translation>
    </message>
    <message>
        <source>Choose an invoice, not a credit note.</source>
        <translation>Välj en faktura, inte en kreditfaktura.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Exportera fakturor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
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
        <translation>Fakturadatumet måste fyllas i.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Förfallodatumet kan inte vara före fakturadatumet.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>En faktura måste ha minst en rad.</translation>
    </message>
    <message>
        <source>Line %1 needs a text.</source>
        <translation>Rad %1 måste ha en text.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than 0.</source>
        <translation>Rad %1: antalet måste vara över 0.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Rad %1: priset måste vara i %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 % is not a VAT rate in %3.</source>
        <translation>Rad %1: %2 % är inte en momssats i %3.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be 0 to 100 %.</source>
        <translation>Rad %1: rabatten måste vara 0 till 100 %.</translation>
    </message>
    <message>
        <source>The total must be more than 0.</source>
        <translation>Totalen måste vara över 0.</translation>
    </message>
    <message>
        <source>There is no invoice draft %1.</source>
        <translation>Det finns inget fakturautkast %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation>Faktura %1 är redan bokförd.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2</source>
        <translation>Kreditfaktura %1 för faktura %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Invoice %1 is already fully credited.</source>
        <translation>Faktura %1 är redan helt krediterad.</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before its invoice.</source>
        <translation>En kreditfaktura kan inte dateras före sin faktura.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beloppet måste vara över 0.</translation>
    </message>
    <message>
        <source>Only %1 of invoice %2 is not credited yet.</source>
        <translation>Endast %1 av faktura %2 är ännu inte krediterat.</translation>
    </message>
    <message>
        <source>Credit of invoice %1</source>
        <translation>Kreditering av faktura %1</translation>
    </message>
    <message>
        <source>Line %1 has only %2 left to credit.</source>
        <translation>Rad %1 har endast %2 kvar att kreditera.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>Faktura %1 har ingen rad %2.</translation>
    </message>
    <message>
        <source>Nothing is left to credit on those lines.</source>
        <translation>Det finns inget kvar att kreditera på de raderna.</translation>
    </message>
    <message>
        <source>The first number must be at least 1.</source>
        <translation>Det första numret måste vara minst 1.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finns ingen faktura %1.</translation>
    </message>
    <message>
        <source>There is no number series &quot;%1&quot;.</source>
        <translation>Det finns ingen nummerserie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is in use or its start was already set; it cannot change.</source>
        <translation>Serien &quot;%1&quot; används eller dess start är redan satt; den kan inte ändras.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettings</name>
    <message>
        <source>The FIK creditor number has 8 digits, not &quot;%1&quot;.</source>
        <translation>FIK-kreditornumret har 8 siffror, inte &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::InvoicingSettingsPage</name>
    <message>
        <source>&amp;Invoicing (debtors, invoices, credit notes, payments)</source>
        <translation>&amp;Fakturering (kunder, fakturor, kreditfakturor, betalningar)</translation>
    </message>
    <message>
        <source>Set &amp;first number…</source>
        <translation>Sätt &amp;första nummer …</translation>
    </message>
    <message>
        <source>8 digits, from the bank</source>
        <translation>8 siffror, från banken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>First invoice number</source>
        <translation>Första fakturanummer</translation>
    </message>
    <message>
        <source>Continue the invoice numbers from %1? This can be set only once, before the first invoice is posted.</source>
        <translation>Fortsätta fakturanumren från %1? Det kan bara sättas en gång, innan den första fakturan bokförs.</translation>
    </message>
    <message>
        <source>The next invoice gets number %1.</source>
        <translation>Nästa faktura får nummer %1.</translation>
    </message>
    <message>
        <source>FIK &amp;creditor number:</source>
        <translation>FIK-&amp;kreditornummer:</translation>
    </message>
    <message>
        <source>First invoice number:</source>
        <translation>Första fakturanummer:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The central bank&apos;s reference rate in percent a year (in Denmark Nationalbanken&apos;s lending rate on 1 January and 1 July). Reminder interest may be at most this plus the law&apos;s margin.</source>
        <translation>Centralbankens referensränta i procent om året (i Danmark Nationalbankens utlåningsränta den 1 januari och 1 juli). Dröjsmålsräntan får vara högst denna plus lagens påslag.</translation>
    </message>
    <message>
        <source>&amp;Reference rate (% a year):</source>
        <translation>&amp;Referensränta (% om året):</translation>
    </message>
</context>
<context>
    <name>skranke::Journal</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>post %1 saknas</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>post %1 följer inte på posten före den</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>post %1 har ändrats efter att den skrevs</translation>
    </message>
    <message>
        <source>the triggers that keep the journal immutable were removed</source>
        <translation>utlösarna som gör journalen oföränderlig har tagits bort</translation>
    </message>
</context>
<context>
    <name>skranke::JournalModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
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
        <translation>&lt;h2&gt;Journal&lt;/h2&gt;Varje ändring, vem som gjorde den och när. Posterna är länkade, så en ändrad eller borttagen post upptäcks.</translation>
    </message>
    <message>
        <source>&amp;Verify journal</source>
        <translation>&amp;Kontrollera journal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen är intakt: %1 poster kontrollerade.</translation>
    </message>
    <message>
        <source>Journal broken: %1.</source>
        <translation>Journalen är bruten: %1.</translation>
    </message>
</context>
<context>
    <name>skranke::Language</name>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket måste vara da, nb, sv eller en, inte &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::LedgerService</name>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beloppet måste vara över 0.</translation>
    </message>
    <message>
        <source>The payment date is required.</source>
        <translation>Betalningsdatumet måste fyllas i.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>En avskrivning kräver ett skäl.</translation>
    </message>
    <message>
        <source>Only %1 is outstanding; a write-off cannot be more.</source>
        <translation>Endast %1 är utestående; en avskrivning kan inte vara större.</translation>
    </message>
    <message>
        <source>There is no posting %1.</source>
        <translation>Det finns ingen bokföring %1.</translation>
    </message>
    <message>
        <source>The invoices chosen take %1, more than the payment of %2.</source>
        <translation>De valda fakturorna tar %1, mer än betalningen på %2.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Datumet måste fyllas i.</translation>
    </message>
    <message>
        <source>Posting %1 is not on debtor %2.</source>
        <translation>Bokföring %1 är inte på kund %2.</translation>
    </message>
    <message>
        <source>Only %1 is open to pay back.</source>
        <translation>Endast %1 är öppet att återbetala.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
</context>
<context>
    <name>skranke::Letter</name>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Momsreg.nr %1</translation>
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
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Logga in — %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
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
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
</context>
<context>
    <name>skranke::MailDelivery</name>
    <message>
        <source>Sent.</source>
        <translation>Skickat.</translation>
    </message>
    <message>
        <source>%1 of %2 sent; the rest waits in the outbox (Settings → Email): %3</source>
        <translation>%1 av %2 skickade; resten väntar i utkorgen (Inställningar → E-post): %3</translation>
    </message>
    <message>
        <source>Queued in the outbox, not sent: %1</source>
        <translation>Lagt i utkorgen, inte skickat: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an email address (%2).</source>
        <translation>&quot;%1&quot; är inte en e-postadress (%2).</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettings</name>
    <message>
        <source>The mail server (host) is missing.</source>
        <translation>E-postservern (värd) saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>&quot;%1&quot; är inte ett servernamn eller en serveradress.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not %1.</source>
        <translation>Porten måste vara mellan 1 och 65535, inte %1.</translation>
    </message>
    <message>
        <source>The user name must be on one line.</source>
        <translation>Användarnamnet måste stå på en rad.</translation>
    </message>
    <message>
        <source>The password must be on one line.</source>
        <translation>Lösenordet måste stå på en rad.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not an email address.</source>
        <translation>Avsändaradressen &quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The sender name must be on one line.</source>
        <translation>Avsändarnamnet måste stå på en rad.</translation>
    </message>
    <message>
        <source>Tries per message must be between 1 and 10, not %1.</source>
        <translation>Antalet försök per meddelande måste vara mellan 1 och 10, inte %1.</translation>
    </message>
    <message>
        <source>The pause between tries must be between 0 and 60000 ms, not %1.</source>
        <translation>Pausen mellan försöken måste vara mellan 0 och 60000 ms, inte %1.</translation>
    </message>
</context>
<context>
    <name>skranke::MailSettingsPage</name>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;E-postserver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Anv&amp;ändarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Avsändar&amp;adress:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Avsändar&amp;namn:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanligen port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS från början (vanligen port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted, local network only (port 25)</source>
        <translation>Ingen: okrypterat, endast lokalt nätverk (port 25)</translation>
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
        <translation>ekonomi@example.com</translation>
    </message>
    <message>
        <source>The password is kept as typed in this till&apos;s database file, so that the till can log in to the server. Use a password made for this till (an app password) and keep the file and its backups safe.</source>
        <translation>Lösenordet sparas som det skrivs in i den här kassans databasfil, så att kassan kan logga in på servern. Använd ett lösenord som är skapat för den här kassan (ett applösenord) och förvara filen och dess säkerhetskopior säkert.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Skicka &amp;testmeddelande …</translation>
    </message>
    <message>
        <source>The port must be a number such as 587, not &quot;%1&quot;.</source>
        <translation>Porten måste vara ett tal som 587, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Skicka testmeddelande</translation>
    </message>
    <message>
        <source>Send a test email to:</source>
        <translation>Skicka ett testmeddelande till:</translation>
    </message>
    <message>
        <source>Test email from Skranke</source>
        <translation>Testmeddelande från Skranke</translation>
    </message>
    <message>
        <source>This is a test email from Skranke.

If you can read it, the till can send reminders by email through %1.</source>
        <translation>Det här är ett testmeddelande från Skranke.

Om du kan läsa det kan kassan skicka påminnelser med e-post via %1.</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>Testmeddelandet skickades till %1.</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Byt användare …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>&lt;h3&gt;Skranke %1&lt;/h3&gt;&lt;p&gt;Kassa och bokning för nordiska receptioner.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Inloggad som %1 (%2)</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Avräkning</translation>
    </message>
    <message>
        <source>Balance list</source>
        <translation>Saldolista</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Bokningar</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Ny bokning …</translation>
    </message>
    <message>
        <source>&amp;Open booking…</source>
        <translation>&amp;Öppna bokning …</translation>
    </message>
    <message>
        <source>Open booking</source>
        <translation>Öppna bokning</translation>
    </message>
    <message>
        <source>Booking ID:</source>
        <translation>Boknings-ID:</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finns ingen bokning %1.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <source>Long-term rentals</source>
        <translation>Långtidshyror</translation>
    </message>
    <message>
        <source>Give every running long-term rental its row and invoice for the month (YYYY-MM):</source>
        <translation>Ge varje pågående långtidshyra dess rad och faktura för månaden (YYYY-MM):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>&quot;%1&quot; är inte en månad (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1: %2 rows and %3 invoices made; %4 rentals had the month already.</source>
        <translation>%1: %2 rader och %3 fakturor skapade; %4 långtidshyror hade redan månaden.</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Kör &amp;fakturering …</translation>
    </message>
    <message>
        <source>Run &amp;long-term rentals…</source>
        <translation>Kör &amp;långtidshyror …</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Avbokningar</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Webbordrar</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Bokföring</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) transferred to accounting</source>
        <translation>
            <numerusform>%n verifikation överförd till bokföringen</numerusform>
            <numerusform>%n verifikationer överförda till bokföringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed</source>
        <translation>
            <numerusform>%n verifikation misslyckades</numerusform>
            <numerusform>%n verifikationer misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer to accounting stopped: %1</source>
        <translation>Överföringen till bokföringen stoppades: %1</translation>
    </message>
</context>
<context>
    <name>skranke::MappingPage</name>
    <message>
        <source>(not mapped)</source>
        <translation>(inte konterad)</translation>
    </message>
    <message>
        <source>Add accou&amp;nt…</source>
        <translation>Lägg till ko&amp;nto …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Än&amp;dra …</translation>
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
        <translation>Kontot som varje typ av belopp bokförs på. Dubbelklicka på ett konto för att ändra det. En verifikation med en rad som inte är konterad misslyckas tills raden får ett konto.</translation>
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
        <translation>Läs in standardkontoplanen &amp;för %1</translation>
    </message>
    <message>
        <source>No chart of accounts yet: load the default chart or add accounts, then map each row to an account.</source>
        <translation>Ingen kontoplan ännu: läs in standardkontoplanen eller lägg till konton, kontera sedan varje rad till ett konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not mapped.</source>
        <translation>
            <numerusform>%n rad är inte konterad.</numerusform>
            <numerusform>%n rader är inte konterade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is mapped.</source>
        <translation>Alla rader är konterade.</translation>
    </message>
    <message>
        <source>Only users who may change settings can change this.</source>
        <translation>Bara användare som får ändra inställningar kan ändra detta.</translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>Du får inte ändra inställningar.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed for a missing mapping. Restart them now?</source>
        <translation>
            <numerusform>%n verifikation misslyckades på grund av saknad kontering. Starta om den nu?</numerusform>
            <numerusform>%n verifikationer misslyckades på grund av saknad kontering. Starta om dem nu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart vouchers</source>
        <translation>Starta om verifikationer</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n verifikation startades om.</numerusform>
            <numerusform>%n verifikationer startades om.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skranke::Money</name>
    <message>
        <source>There is nothing to share the amount over.</source>
        <translation>Det finns inget att fördela beloppet på.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>En andel kan inte vara negativ.</translation>
    </message>
    <message>
        <source>All shares are zero.</source>
        <translation>Alla andelar är noll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency Skranke knows.</source>
        <translation>&quot;%1&quot; är inte en valuta som Skranke känner till.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>has more than one decimal separator</source>
        <translation>har mer än ett decimaltecken</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not part of a number</source>
        <translation>innehåller &quot;%1&quot;, som inte hör till ett tal</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>är inte ett tal</translation>
    </message>
    <message>
        <source>has misplaced thousands separators</source>
        <translation>har tusentalsavgränsare på fel ställen</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>är för stort</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it %2.</source>
        <translation>&quot;%1&quot; är inte ett belopp: det %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>&quot;%1&quot; har mer än %2 decimaler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>&quot;%1&quot; är ett för stort belopp.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Belopp i %1 och %2 kan inte blandas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (%2).</source>
        <translation>&quot;%1&quot; är inte en procentsats (%2).</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>för många decimaler</translation>
    </message>
    <message>
        <source>The amount would need rounding at %1.</source>
        <translation>Beloppet skulle behöva avrundas vid %1.</translation>
    </message>
    <message>
        <source>The cash rounding step must be more than zero.</source>
        <translation>Steget för kontantavrundning måste vara större än noll.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>En sats kan inte vara negativ.</translation>
    </message>
    <message>
        <source>A rate cannot have zero as its denominator.</source>
        <translation>En sats kan inte ha noll som nämnare.</translation>
    </message>
</context>
<context>
    <name>skranke::NetsGateway</name>
    <message>
        <source>The Nets gateway is not set up: enter the address of its payment API (setting orders.nets.url).</source>
        <translation>Betallösningen Nets är inte inställd: ange adressen till dess betalnings-API (inställningen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway address &quot;%1&quot; is not an http or https address (setting orders.nets.url).</source>
        <translation>Adressen &quot;%1&quot; till betallösningen Nets är inte en http- eller https-adress (inställningen orders.nets.url).</translation>
    </message>
    <message>
        <source>The Nets gateway is not set up: enter its secret key (setting orders.nets.secret_key).</source>
        <translation>Betallösningen Nets är inte inställd: ange dess hemliga nyckel (inställningen orders.nets.secret_key).</translation>
    </message>
    <message>
        <source>The Nets secret key contains a line break or another control character.</source>
        <translation>Den hemliga nyckeln för Nets innehåller en radbrytning eller ett annat styrtecken.</translation>
    </message>
    <message>
        <source>The Nets timeout must be a whole number of milliseconds from 1 to %1 (setting orders.nets.timeout_ms).</source>
        <translation>Väntetiden för Nets måste vara ett helt antal millisekunder från 1 till %1 (inställningen orders.nets.timeout_ms).</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrderDialog</name>
    <message>
        <source>Value card</source>
        <translation>Värdekort</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Webborder %1</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Co&amp;ntents</source>
        <translation>I&amp;nnehåll</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo nu</translation>
    </message>
    <message>
        <source>Value cards are issued when the payment is captured.</source>
        <translation>Värdekorten utfärdas när betalningen dras.</translation>
    </message>
    <message>
        <source>Create in&amp;voice…</source>
        <translation>Skapa &amp;faktura …</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Utfärdade värdekort:</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source>Invoiced: invoice %1</source>
        <translation>Fakturerad: faktura %1</translation>
    </message>
    <message>
        <source>Invoice the order&apos;s lines to a debtor; what the card already paid is registered as the debtor&apos;s payment.</source>
        <translation>Fakturera orderns rader till en kund; det som redan har betalats med kort registreras som kundens betalning.</translation>
    </message>
    <message>
        <source>You lack the right to create invoices.</source>
        <translation>Du har inte rätt att skapa fakturor.</translation>
    </message>
    <message>
        <source>Invoice order %1 to</source>
        <translation>Fakturera order %1 till</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>Faktura %1 har skapats</translation>
    </message>
    <message>
        <source>Void value cards…</source>
        <translation>Makulera värdekort …</translation>
    </message>
    <message>
        <source>Voiding value cards needs the right to refund online orders (orders.refund).</source>
        <translation>Att makulera värdekort kräver rätten att återbetala webbordrar (orders.refund).</translation>
    </message>
    <message>
        <source>Takes what is left on the cards off them, so that it can be refunded to the customer&apos;s card.</source>
        <translation>Tar bort det som finns kvar på korten, så att det kan återbetalas till kundens kort.</translation>
    </message>
    <message>
        <source>Nothing is left on the cards.</source>
        <translation>Det finns inget kvar på korten.</translation>
    </message>
    <message>
        <source>Void value cards</source>
        <translation>Makulera värdekort</translation>
    </message>
    <message>
        <source>Take what is left on the value cards of order %1 off them? The cards can no longer be used, and the amount can then be refunded.</source>
        <translation>Ta bort det som finns kvar på värdekorten från order %1? Korten kan inte längre användas, och beloppet kan sedan återbetalas.</translation>
    </message>
    <message>
        <source>Order con&amp;firmation…</source>
        <translation>Orderbekrä&amp;ftelse …</translation>
    </message>
    <message>
        <source>Capture the card payment or cancel the reservation first, so the customer is not charged twice.</source>
        <translation>Dra kortbetalningen eller makulera reservationen först, så att kunden inte betalar två gånger.</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrderListModel</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Öppna bokning %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Öppna gästen</translation>
    </message>
    <message>
        <source>%1 — a call to the card gateway is pending</source>
        <translation>%1 — ett anrop till betallösningen för kort väntar på svar</translation>
    </message>
    <message>
        <source>Show the order confirmation the customer got</source>
        <translation>Visa orderbekräftelsen som kunden fick</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Öppna ordern</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalningstyp</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OnlineOrdersPage</name>
    <message>
        <source>&lt;h2&gt;Online orders&lt;/h2&gt;Orders from the webshop, newest first. Click a customer to open them, &lt;i&gt;Show&lt;/i&gt; for the confirmation the customer got, &lt;i&gt;Edit&lt;/i&gt; to work on the order.</source>
        <translation>&lt;h2&gt;Webbordrar&lt;/h2&gt;Ordrar från webbutiken, nyaste först. Klicka på en kund för att öppna den, på &lt;i&gt;Visa&lt;/i&gt; för bekräftelsen som kunden fick och på &lt;i&gt;Redigera&lt;/i&gt; för att arbeta med ordern.</translation>
    </message>
    <message>
        <source>Order number, customer or email</source>
        <translation>Ordernummer, kund eller e-post</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importera ordrar …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Apply to selected</source>
        <translation>&amp;Verkställ för valda</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV …</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Set stat&amp;us:</source>
        <translation>Sätt st&amp;atus:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Av&amp;gränsare:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importera ordrar</translation>
    </message>
    <message>
        <source>Sign in to import orders.</source>
        <translation>Logga in för att importera ordrar.</translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation>Filen innehåller inga ordrar.</translation>
    </message>
    <message>
        <source>Order files (*.json);;All files (*)</source>
        <translation>Orderfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Sätt status</translation>
    </message>
    <message>
        <source>Select the orders to move first.</source>
        <translation>Markera först de ordrar som ska flyttas.</translation>
    </message>
    <message>
        <source>Sign in to change orders.</source>
        <translation>Logga in för att ändra ordrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) set to %1.</source>
        <translation>
            <numerusform>%n order har fått statusen %1.</numerusform>
            <numerusform>%n ordrar har fått statusen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) saved to %1.</source>
        <translation>
            <numerusform>%n order sparad i %1.</numerusform>
            <numerusform>%n ordrar sparade i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Exportera ordrar som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Webborder</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Orderbekräftelse</translation>
    </message>
</context>
<context>
    <name>skranke::OrderConfirmationDialog</name>
    <message>
        <source>Order confirmation %1</source>
        <translation>Orderbekräftelse %1</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Orderbekräftelse</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totalt inkl. moms</translation>
    </message>
    <message>
        <source>Of which VAT %1 %</source>
        <translation>Varav moms %1 %</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserverat</translation>
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
        <translation>Be&amp;tald</translation>
    </message>
    <message>
        <source>Goods ready to s&amp;hip / service delivered</source>
        <translation>&amp;Varorna klara att skicka / tjänsten levererad</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Pa&amp;yment type:</source>
        <translation>Betalningst&amp;yp:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Or&amp;derdatum:</translation>
    </message>
    <message>
        <source>&amp;Customer name:</source>
        <translation>&amp;Kundens namn:</translation>
    </message>
    <message>
        <source>Customer &amp;email:</source>
        <translation>Kundens &amp;e-post:</translation>
    </message>
    <message>
        <source>Customer&apos;s comment:</source>
        <translation>Kundens kommentar:</translation>
    </message>
    <message>
        <source>&amp;Internal comments:</source>
        <translation>&amp;Interna kommentarer:</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>Sa&amp;mma som fakturaadressen</translation>
    </message>
    <message>
        <source>Copy the billing address to the delivery address</source>
        <translation>Kopiera fakturaadressen till leveransadressen</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>&amp;Fakturaadress</translation>
    </message>
    <message>
        <source>&amp;Delivery address</source>
        <translation>&amp;Leveransadress</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Gatuadress:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
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
        <translation>Två bokstäver, till exempel DK, NO eller SE</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Öppna gästen</translation>
    </message>
    <message>
        <source>Open booking %1</source>
        <translation>Öppna bokning %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The order holds a card reservation: it is paid when the payment is captured (see Payment).</source>
        <translation>Ordern har en kortreservation: den blir betald när betalningen dras (se Betalning).</translation>
    </message>
    <message>
        <source>Tick when the money has arrived, for example by bank transfer.</source>
        <translation>Bocka för när pengarna har kommit in, till exempel via banköverföring.</translation>
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
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Row added</source>
        <translation>Rad tillagd</translation>
    </message>
    <message>
        <source>Row changed</source>
        <translation>Rad ändrad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalning misslyckades</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Helt betald</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <source>An invoice is to be &amp;generated</source>
        <translation>En faktura ska &amp;skapas</translation>
    </message>
    <message>
        <source>Invoice (bank transfer)</source>
        <translation>Faktura (banköverföring)</translation>
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
        <translation>Betalning i kassan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Send invoice</source>
        <translation>Skicka faktura</translation>
    </message>
    <message>
        <source>Generate invoice</source>
        <translation>Skapa faktura</translation>
    </message>
    <message>
        <source>Generate reminder</source>
        <translation>Skapa påminnelse</translation>
    </message>
    <message>
        <source>Settle booking when paid</source>
        <translation>Reglera bokningen när den är betald</translation>
    </message>
    <message>
        <source>Cancel on missing payment</source>
        <translation>Avboka vid utebliven betalning</translation>
    </message>
    <message>
        <source>Deposit due:</source>
        <translation>Handpenning förfaller:</translation>
    </message>
    <message>
        <source>Final due:</source>
        <translation>Slutbetalning förfaller:</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Betalningssätt:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Förfallodatum:</translation>
    </message>
    <message>
        <source>Message on the in&amp;voice:</source>
        <translation>Meddelande på fakt&amp;uran:</translation>
    </message>
    <message>
        <source>Generate in&amp;voice</source>
        <translation>Ska&amp;pa faktura</translation>
    </message>
    <message>
        <source>Manual &amp;payment…</source>
        <translation>&amp;Manuell betalning …</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalningssätt</translation>
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
        <translation>Av</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The booking&apos;s entries on the customer&apos;s debtor account: its invoices and payments.</source>
        <translation>Bokningens poster på gästens kundkonto: dess fakturor och betalningar.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Write a line in the booking&apos;s log</source>
        <translation>Skriv en rad i bokningens logg</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Lägg &amp;till i loggen</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · to pay %3</source>
        <translation>Totalt %1 · betalt %2 · att betala %3</translation>
    </message>
    <message>
        <source>Deposit %1 % = %2</source>
        <translation>Handpenning %1 % = %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is posted, due %3.</source>
        <translation>Faktura %1 på %2 är bokförd, förfaller %3.</translation>
    </message>
    <message>
        <source>Manual payment, booking %1</source>
        <translation>Manuell betalning, bokning %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>MobilePay / Vipps / Swish</source>
        <translation>MobilePay / Vipps / Swish</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Betalnings&amp;sätt:</translation>
    </message>
    <message>
        <source>&amp;Transaction ID / reference:</source>
        <translation>&amp;Transaktions-ID/referens:</translation>
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
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>&amp;Economy</source>
        <translation>&amp;Ekonomi</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>Cop&amp;y booking</source>
        <translation>&amp;Kopiera bokning</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj …</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Än&amp;dra …</translation>
    </message>
    <message>
        <source>Send &amp;supplier report</source>
        <translation>Skicka leverantörsra&amp;pport</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Gäst:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>Kampan&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Order source:</source>
        <translation>&amp;Orderkälla:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>&amp;Hänvisad av:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <source>Customer&apos;s co&amp;mments:</source>
        <translation>&amp;Gästens kommentarer:</translation>
    </message>
    <message>
        <source>Internal &amp;notes:</source>
        <translation>&amp;Interna anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Add row…</source>
        <translation>Lägg &amp;till rad …</translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>Än&amp;dra rad …</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Bokning %1</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <source>Booking ID %1 · created %2 by %3 · updated %4</source>
        <translation>Boknings-ID %1 · skapad %2 av %3 · uppdaterad %4</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparad ännu</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>senast skickad %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ingen e-post</translation>
    </message>
    <message>
        <source>&lt;i&gt;No customer yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen gäst ännu&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Booking row</source>
        <translation>Bokningsrad</translation>
    </message>
    <message>
        <source>Row %1 is settled and cannot be changed.</source>
        <translation>Rad %1 är reglerad och kan inte ändras.</translation>
    </message>
    <message>
        <source>Row %1 is cancelled.</source>
        <translation>Rad %1 är avbokad.</translation>
    </message>
    <message>
        <source>Copy booking</source>
        <translation>Kopiera bokning</translation>
    </message>
    <message>
        <source>Booking %1 is a copy of booking %2.</source>
        <translation>Bokning %1 är en kopia av bokning %2.</translation>
    </message>
    <message>
        <source>Send latest invoice</source>
        <translation>Skicka senaste fakturan</translation>
    </message>
    <message>
        <source>Send payment confirmation</source>
        <translation>Skicka betalningsbekräftelse</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Åter&amp;betala …</translation>
    </message>
    <message>
        <source>&amp;Transfer payment…</source>
        <translation>&amp;Överför betalning …</translation>
    </message>
    <message>
        <source>Refund, booking %1</source>
        <translation>Återbetalning, bokning %1</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>The card it was paid with</source>
        <translation>Kortet som betalningen gjordes med</translation>
    </message>
    <message>
        <source>Reg. no. and account, Norwegian account number, or IBAN</source>
        <translation>Reg.nr och konto, norskt kontonummer eller IBAN</translation>
    </message>
    <message>
        <source>Refundable: %1</source>
        <translation>Kan återbetalas: %1</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
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
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>The account to pay back to is required.</source>
        <translation>Kontot att återbetala till måste fyllas i.</translation>
    </message>
    <message>
        <source>Transfer payment from booking %1</source>
        <translation>Överför betalning från bokning %1</translation>
    </message>
    <message>
        <source>Booking ID</source>
        <translation>Boknings-ID</translation>
    </message>
    <message>
        <source>To &amp;booking:</source>
        <translation>&amp;Till bokning:</translation>
    </message>
    <message>
        <source>Give the booking ID to move the payment to.</source>
        <translation>Ange boknings-ID för bokningen som betalningen ska flyttas till.</translation>
    </message>
    <message>
        <source>Send supplier report &amp;now</source>
        <translation>Skicka leverantörsrapport &amp;nu</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n rad</numerusform>
            <numerusform>%1 (%2): %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no email address: not sent.</source>
        <translation>%1 har ingen e-postadress: inte skickat.</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverantörsrapport</translation>
    </message>
    <message>
        <source>Moved between bookings</source>
        <translation>Flyttad mellan bokningar</translation>
    </message>
    <message>
        <source>Every row is invoiced, and invoice %1 was due %2 and is not paid. Make a reminder for it on the Reminders page?</source>
        <translation>Alla rader är fakturerade, och faktura %1 förföll %2 och är inte betald. Vill du skapa en påminnelse för den på sidan Påminnelser?</translation>
    </message>
    <message>
        <source>Cancel boo&amp;king…</source>
        <translation>Avboka bokni&amp;ng …</translation>
    </message>
    <message>
        <source>Ca&amp;ncel row…</source>
        <translation>Av&amp;boka rad …</translation>
    </message>
    <message>
        <source>Not saved: lowering the quantity cancels units, and that needs a reason.</source>
        <translation>Inte sparad: att sänka antalet avbokar enheter, och det kräver en orsak.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Payment moved</source>
        <translation>Betalning flyttad</translation>
    </message>
    <message>
        <source>Supplier report sent</source>
        <translation>Leverantörsrapport skickad</translation>
    </message>
    <message>
        <source>Supplier report marked sent</source>
        <translation>Leverantörsrapport markerad som skickad</translation>
    </message>
    <message>
        <source>Suppliers told of cancellation</source>
        <translation>Leverantörer underrättade om avbokning</translation>
    </message>
    <message>
        <source>Invoice emailed</source>
        <translation>Faktura skickad via e-post</translation>
    </message>
    <message>
        <source>Payment confirmation emailed</source>
        <translation>Betalningsbekräftelse skickad via e-post</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImport</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen gäst %1.</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Det finns ingen bokning %1.</translation>
    </message>
    <message>
        <source>The order file was not imported:
%1</source>
        <translation>Orderfilen importerades inte:
%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation>Importmappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Kan inte flytta %1 till %2.</translation>
    </message>
    <message>
        <source>The order is in %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Ordern är i %1; Skranke för det här företagets bokföring i %2.</translation>
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
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 saknas.</translation>
    </message>
    <message>
        <source>%1 must be an object { … }, not %2.</source>
        <translation>%1 måste vara ett objekt { … }, inte %2.</translation>
    </message>
    <message>
        <source>%1 must be a list [ … ], not %2.</source>
        <translation>%1 måste vara en lista [ … ], inte %2.</translation>
    </message>
    <message>
        <source>%1 is an empty list.</source>
        <translation>%1 är en tom lista.</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2.</source>
        <translation>%1 måste vara en text inom citattecken, inte %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 är tomt.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 är %2 tecken långt; högst %3 tecken är tillåtna.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 måste vara något av %2, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address: it has no &quot;@&quot;.</source>
        <translation>%1 &quot;%2&quot; är ingen e-postadress: det finns inget &quot;@&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 måste vara ett heltal, inte %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 måste vara ett heltal från %2 till %3, inte %4.</translation>
    </message>
    <message>
        <source>%1 must be written as a string like &quot;1250.00&quot;, not as the number %2: JSON numbers are floating point and can change an amount.</source>
        <translation>%1 måste skrivas som en text inom citattecken, t.ex. &quot;1250.00&quot;, inte som talet %2: tal i JSON är flyttal och kan ändra ett belopp.</translation>
    </message>
    <message>
        <source>%1 must be an amount written as a string like &quot;1250.00&quot;, not %2.</source>
        <translation>%1 måste vara ett belopp skrivet som en text inom citattecken, t.ex. &quot;1250.00&quot;, inte %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be written with a point for decimals and without thousands separators, like &quot;1250.00&quot;.</source>
        <translation>%1 &quot;%2&quot; måste skrivas med punkt som decimaltecken och utan tusentalsavgränsare, t.ex. &quot;1250.00&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be negative: &quot;%2&quot;.</source>
        <translation>%1 får inte vara negativt: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be written as a string like &quot;25&quot;, not as the number %2.</source>
        <translation>%1 måste skrivas som en text inom citattecken, t.ex. &quot;25&quot;, inte som talet %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage written as a string like &quot;25&quot;, not %2.</source>
        <translation>%1 måste vara en procentsats skriven som en text inom citattecken, t.ex. &quot;25&quot;, inte %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not &quot;%2&quot;.</source>
        <translation>%1 måste vara en procentsats från 0 till 100, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a time with a time zone, like &quot;2026-11-20T14:03:00Z&quot; or &quot;2026-11-20T15:03:00+01:00&quot;, not &quot;%2&quot;.</source>
        <translation>%1 måste vara en tidpunkt med tidszon, t.ex. &quot;2026-11-20T14:03:00Z&quot; eller &quot;2026-11-20T15:03:00+01:00&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown currency &quot;%2&quot;; use a code such as DKK, NOK, SEK or EUR.</source>
        <translation>%1: okänd valuta &quot;%2&quot;; använd en valutakod som DKK, NOK, SEK eller EUR.</translation>
    </message>
    <message>
        <source>country must be a two-letter country code such as &quot;DK&quot;, not &quot;%1&quot;.</source>
        <translation>country måste vara en landskod med två bokstäver, t.ex. &quot;DK&quot;, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>customer needs an &quot;id&quot; (a registered customer) or a &quot;name&quot;.</source>
        <translation>customer behöver ett &quot;id&quot; (en registrerad gäst) eller ett &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Each order line must be an object { … }, not %1.</source>
        <translation>Varje orderrad måste vara ett objekt { … }, inte %1.</translation>
    </message>
    <message>
        <source>The order&apos;s lines add up to too large an amount.</source>
        <translation>Orderns rader blir tillsammans ett för stort belopp.</translation>
    </message>
    <message>
        <source>amount %1 cannot be split evenly into %2 value cards: a value card line issues one card per unit, so its amount must be the card&apos;s value times the quantity.</source>
        <translation>amount %1 kan inte delas jämnt på %2 värdekort: en värdekortsrad utfärdar ett kort per enhet, så radens belopp måste vara kortets värde gånger antalet.</translation>
    </message>
    <message>
        <source>A %1 payment goes through no gateway: leave gateway out.</source>
        <translation>En betalning av typen %1 går inte via någon betallösning: utelämna gateway.</translation>
    </message>
    <message>
        <source>status &quot;failed&quot; is only for payments through a gateway, not %1.</source>
        <translation>status &quot;failed&quot; gäller bara betalningar via en betallösning, inte %1.</translation>
    </message>
    <message>
        <source>Nothing is reserved for a %1 payment: reserved must be 0 or left out, not %2.</source>
        <translation>Inget reserveras vid en betalning av typen %1: reserved måste vara 0 eller utelämnas, inte %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but a failed payment reserves nothing (0) and the order total is %2.</source>
        <translation>reserved är %1, men en misslyckad betalning reserverar ingenting (0) och orderns totalbelopp är %2.</translation>
    </message>
    <message>
        <source>reserved is %1, but the order lines add up to %2; the reservation must equal the order total.</source>
        <translation>reserved är %1, men orderraderna blir tillsammans %2; reservationen måste vara lika med orderns totalbelopp.</translation>
    </message>
    <message>
        <source>The file must be a JSON object with &quot;format&quot; and &quot;orders&quot;, not a list.</source>
        <translation>Filen måste vara ett JSON-objekt med &quot;format&quot; och &quot;orders&quot;, inte en lista.</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>format måste vara &quot;%1&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>orders is missing.</source>
        <translation>orders saknas.</translation>
    </message>
    <message>
        <source>Each order must be an object { … }, not %1.</source>
        <translation>Varje order måste vara ett objekt { … }, inte %1.</translation>
    </message>
    <message>
        <source>external_id &quot;%1&quot; is already used by orders[%2] in this file.</source>
        <translation>external_id &quot;%1&quot; används redan av orders[%2] i den här filen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at this point or just before it): %1.</source>
        <translation>Filen är inte giltig JSON (på detta ställe eller strax före): %1.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>rad %1, kolumn %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
</context>
<context>
    <name>skranke::OrderImportWatcher</name>
    <message>
        <source>Order import from %1 failed: %2</source>
        <translation>Orderimporten från %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importerade: %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Fanns redan: %1</translation>
    </message>
    <message>
        <source>Captured automatically: %1</source>
        <translation>Dragna automatiskt: %1</translation>
    </message>
    <message>
        <source>Automatic capture failed: %1</source>
        <translation>Automatisk dragning misslyckades: %1</translation>
    </message>
    <message>
        <source>Order files imported: %1</source>
        <translation>Importerade orderfiler: %1</translation>
    </message>
    <message>
        <source>Order file refused (moved to refused/): %1</source>
        <translation>Orderfil avvisad (flyttad till refused/): %1</translation>
    </message>
</context>
<context>
    <name>skranke::OrderList</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Yes (by hand)</source>
        <translation>Ja (manuellt)</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalningstyp</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation>Betalningsstatus</translation>
    </message>
    <message>
        <source>Item numbers</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Draget</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetalt</translation>
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
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Capture &amp;all</source>
        <translation>Dra hela &amp;beloppet</translation>
    </message>
    <message>
        <source>Capture a&amp;mount…</source>
        <translation>Dra belo&amp;pp …</translation>
    </message>
    <message>
        <source>Cance&amp;l reservation</source>
        <translation>Mak&amp;ulera reservationen</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Återbetala …</translation>
    </message>
    <message>
        <source>Ask the gate&amp;way again</source>
        <translation>Fråga betallösnin&amp;gen igen</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Betallösning:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Betalningsstatus:</translation>
    </message>
    <message>
        <source>Reserved:</source>
        <translation>Reserverat:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Draget:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Återbetalt:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Kan återbetalas:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historik:</translation>
    </message>
    <message>
        <source>none (not paid by card)</source>
        <translation>ingen (inte betald med kort)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · paid: %2</source>
        <translation>%1 · betald: %2</translation>
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
        <translation>betald: %1</translation>
    </message>
    <message>
        <source>A %1 of %2 got no answer from the gateway; it is asked again before anything else.</source>
        <translation>Betallösningen har inte svarat på en begäran att %1 %2; den skickas igen innan något annat görs.</translation>
    </message>
    <message>
        <source>You lack the right to take or release card payments.</source>
        <translation>Du har inte rätt att dra eller släppa kortbetalningar.</translation>
    </message>
    <message>
        <source>This order was not paid by card.</source>
        <translation>Den här ordern betalades inte med kort.</translation>
    </message>
    <message>
        <source>Only a reservation that is still awaiting can be captured or released.</source>
        <translation>Bara en reservation som fortfarande väntar kan dras eller släppas.</translation>
    </message>
    <message>
        <source>Refunding needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Återbetalning kräver rätt att återbetala webbordrar (orders.refund); fråga en chef.</translation>
    </message>
    <message>
        <source>Nothing captured is left to refund.</source>
        <translation>Det finns inget draget belopp kvar att återbetala.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utförd</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>inget svar ännu</translation>
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
        <translation>Betallösningens ref.: %1</translation>
    </message>
    <message>
        <source>Captured early, confirmed by %1: %2</source>
        <translation>Drogs i förtid, bekräftat av %1: %2</translation>
    </message>
    <message>
        <source>Capture early</source>
        <translation>Dra i förtid</translation>
    </message>
    <message>
        <source>Capture anyway? Your name is recorded with it.</source>
        <translation>Dra beloppet ändå? Ditt namn registreras tillsammans med dragningen.</translation>
    </message>
    <message>
        <source>Capture amount</source>
        <translation>Dra belopp</translation>
    </message>
    <message>
        <source>Capture at most %1. The rest of the reservation is released: it cannot be captured later.</source>
        <translation>Dra högst %1. Resten av reservationen släpps: den kan inte dras senare.</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Makulera reservationen</translation>
    </message>
    <message>
        <source>Release the reservation of %1? The customer is not charged.</source>
        <translation>Släppa reservationen på %1? Kunden debiteras inte.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Pay back at most %1 to the customer&apos;s card.</source>
        <translation>Återbetala högst %1 till kundens kort.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>%1 (%2 released)</source>
        <translation>%1 (%2 släppt)</translation>
    </message>
    <message>
        <source>Resolve by &amp;hand…</source>
        <translation>Avgör &amp;manuellt …</translation>
    </message>
    <message>
        <source>When the gateway never answers: record what its own portal shows.</source>
        <translation>När betallösningen aldrig svarar: registrera vad dess egen portal visar.</translation>
    </message>
    <message>
        <source>Needs the right to refund online orders (orders.refund); ask a manager.</source>
        <translation>Kräver rätten att återbetala webbordrar (orders.refund); fråga en chef.</translation>
    </message>
    <message>
        <source>The call to %1 %2</source>
        <translation>Anropet om att %1 %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrderPayments</name>
    <message>
        <source>Order %1 was not paid by card, so there is nothing to %2 at a gateway. Mark it paid when the money has arrived.</source>
        <translation>Order %1 betalades inte med kort, så det finns inget att %2 hos en betallösning. Markera den som betald när pengarna har kommit in.</translation>
    </message>
    <message>
        <source>The gateway declined to %1 %2 on order %3: %4</source>
        <translation>Betallösningen avslog begäran att %1 %2 för order %3: %4</translation>
    </message>
    <message>
        <source>The gateway did not answer whether it did %1 %2 on order %3 (%4). It is kept as pending and asked again, with the same key, before anything else is done to the order, so it is never done twice. Try again in a moment.</source>
        <translation>Betallösningen svarade inte på om begäran att %1 %2 för order %3 genomfördes (%4). Begäran sparas som väntande och skickas igen, med samma idempotensnyckel, innan något annat görs med ordern, så att den aldrig utförs två gånger. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>You can refund at most %1 now: the rest is on value cards the order issued. Void the cards first; what is left on them can then be refunded.</source>
        <translation>Du kan återbetala högst %1 nu: resten finns på värdekort som ordern har utfärdat. Makulera korten först; det som finns kvar på dem kan sedan återbetalas.</translation>
    </message>
    <message>
        <source>Order %1 has no value card with money left on it.</source>
        <translation>Order %1 har inget värdekort med pengar kvar.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): the customer pays the invoice, so the card is not charged. Cancel the reservation instead.</source>
        <translation>Order %1 är fakturerad (faktura %2): kunden betalar fakturan, så kortet debiteras inte. Makulera reservationen i stället.</translation>
    </message>
    <message>
        <source>Order %1 is invoiced (invoice %2): what it paid stands on the debtor. Credit the invoice and pay the credit back from the debtor instead.</source>
        <translation>Order %1 är fakturerad (faktura %2): det den har betalat står på kunden. Kreditera fakturan och betala tillbaka krediten från kunden i stället.</translation>
    </message>
    <message>
        <source>Order %1 sells value cards: capture all of it, then refund what was not delivered (void the cards first).</source>
        <translation>Order %1 säljer värdekort: dra hela beloppet och återbetala sedan det som inte levererades (makulera korten först).</translation>
    </message>
    <message>
        <source>Another call to the gateway for order %1 is under way. Try again in a moment.</source>
        <translation>Ett annat anrop till betallösningen för order %1 pågår. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Say how you know what the gateway did, e.g. &quot;checked in the Nets portal&quot;.</source>
        <translation>Skriv hur du vet vad betallösningen gjorde, t.ex. ”kontrollerat i Nets-portalen”.</translation>
    </message>
    <message>
        <source>Order %1 has no gateway call waiting for an answer.</source>
        <translation>Order %1 har inget anrop till betallösningen som väntar på svar.</translation>
    </message>
    <message>
        <source>Resolved by hand by %1: %2</source>
        <translation>Avgjort manuellt av %1: %2</translation>
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
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;. Use one of: %2.</source>
        <translation>Okänd betalningstyp &quot;%1&quot;. Använd en av: %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>Enter the order date.</source>
        <translation>Ange orderdatum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; är inte en e-postadress.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: it is paid when the payment is captured, not by setting the paid flag.</source>
        <translation>Order %1 har en kortreservation: den blir betald när betalningen dras, inte genom att markeras som betald.</translation>
    </message>
    <message>
        <source>Enter a name for the status.</source>
        <translation>Ange ett namn på statusen.</translation>
    </message>
    <message>
        <source>A status name has at most 40 characters.</source>
        <translation>Ett statusnamn får vara högst 40 tecken.</translation>
    </message>
    <message>
        <source>There is already a status &quot;%1&quot;.</source>
        <translation>Det finns redan en status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Order %1 is already invoiced (invoice %2).</source>
        <translation>Order %1 är redan fakturerad (faktura %2).</translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Webborder %1</translation>
    </message>
    <message>
        <source>Order %1 has nothing to invoice: every line is 0.</source>
        <translation>Order %1 har inget att fakturera: alla rader är 0.</translation>
    </message>
    <message>
        <source>Order %1 holds a card reservation: capture it or cancel the reservation before invoicing, so the customer is not charged twice.</source>
        <translation>Order %1 har en kortreservation: dra den eller makulera reservationen innan du fakturerar, så att kunden inte betalar två gånger.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderSettings</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Wait between 1 and 60 seconds for the gateway&apos;s answer.</source>
        <translation>Vänta mellan 1 och 60 sekunder på betallösningens svar.</translation>
    </message>
</context>
<context>
    <name>skranke::OrderStore</name>
    <message>
        <source>There is no order %1.</source>
        <translation>Det finns ingen order %1.</translation>
    </message>
    <message>
        <source>There is no order status %1.</source>
        <translation>Det finns ingen orderstatus %1.</translation>
    </message>
    <message>
        <source>The built-in order status %1 is missing.</source>
        <translation>Den inbyggda orderstatusen %1 saknas.</translation>
    </message>
    <message>
        <source>Not effected</source>
        <translation>Ej effektuerad</translation>
    </message>
    <message>
        <source>Effected</source>
        <translation>Effektuerad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
</context>
<context>
    <name>skranke::OrderVouchers</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Online order %1 captured, %2</source>
        <translation>Webborder %1 dragen, %2</translation>
    </message>
    <message>
        <source>Online order %1 refunded, %2</source>
        <translation>Webborder %1 återbetald, %2</translation>
    </message>
    <message>
        <source>Payout %1 from %2</source>
        <translation>Utbetalning %1 från %2</translation>
    </message>
</context>
<context>
    <name>skranke::OrdersSettingsPage</name>
    <message>
        <source>&amp;Capture value-card orders when they are imported</source>
        <translation>&amp;Dra ordrar med värdekort när de importeras</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Blädd&amp;ra …</translation>
    </message>
    <message>
        <source>No folder: import order files by hand</source>
        <translation>Ingen mapp: importera orderfiler manuellt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import &amp;folder:</source>
        <translation>Import&amp;mapp:</translation>
    </message>
    <message>
        <source>Order files (*.json) that appear in the folder are imported and moved to its imported/ folder; a file that cannot be imported is moved to refused/ with the reasons beside it. Card rules allow a value card to be captured at once; goods are captured when ready to ship and services when delivered.</source>
        <translation>Orderfiler (*.json) som dyker upp i mappen importeras och flyttas till dess undermapp imported/; en fil som inte kan importeras flyttas till refused/ med orsakerna bredvid. Enligt kortreglerna får värdekort dras direkt; varor dras när de är klara att skickas och tjänster när de har levererats.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Nets card gateway</source>
        <translation>Kortbetallösning Nets</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Hemlig &amp;nyckel:</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Vänta på svar i:</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Orderstatusar</translation>
    </message>
    <message>
        <source>&amp;Add status…</source>
        <translation>&amp;Lägg till status …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importmapp</translation>
    </message>
    <message>
        <source>Add order status</source>
        <translation>Lägg till orderstatus</translation>
    </message>
    <message>
        <source>Name of the new status:</source>
        <translation>Namn på den nya statusen:</translation>
    </message>
</context>
<context>
    <name>skranke::Outbox</name>
    <message>
        <source>Email is not set up: there is no sender address.</source>
        <translation>E-post är inte inställd: det finns ingen avsändaradress.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Det finns inget meddelande %1 i utkorgen.</translation>
    </message>
</context>
<context>
    <name>skranke::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Send &amp;waiting mail</source>
        <translation>Skicka &amp;väntande e-post</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>All mail has been sent.</source>
        <translation>All e-post har skickats.</translation>
    </message>
    <message numerus="yes">
        <source>%n emails have not been sent yet.</source>
        <translation>
            <numerusform>%n e-postmeddelande har inte skickats ännu.</numerusform>
            <numerusform>%n e-postmeddelanden har inte skickats ännu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2. %3</source>
        <translation>Skickade %1 av %2. %3</translation>
    </message>
</context>
<context>
    <name>skranke::ParkedSales</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; är inte text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; är inte ett objekt</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park.</source>
        <translation>Varukorgen är tom: det finns inget att parkera.</translation>
    </message>
    <message>
        <source>A parked sale&apos;s label has at most %1 characters.</source>
        <translation>Etiketten på en parkerad försäljning får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>Line %1: the price must be in %2.</source>
        <translation>Rad %1: priset måste vara i %2.</translation>
    </message>
    <message>
        <source>Line %1: a rate with more than 9 decimals cannot be parked.</source>
        <translation>Rad %1: en sats med fler än 9 decimaler kan inte parkeras.</translation>
    </message>
    <message>
        <source>There is no parked sale %1.</source>
        <translation>Det finns ingen parkerad försäljning %1.</translation>
    </message>
    <message>
        <source>Parked sale %1 was recalled already, by %2.</source>
        <translation>Parkerad försäljning %1 har redan hämtats, av %2.</translation>
    </message>
    <message>
        <source>Parked sale %1 cannot be recalled: its cart is damaged (%2).</source>
        <translation>Parkerad försäljning %1 kan inte hämtas: varukorgen är skadad (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; är inte ett heltal</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>a cart format this version does not know</source>
        <translation>ett varukorgsformat som den här versionen inte känner till</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>inga rader</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>inte ett objekt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentDialog</name>
    <message>
        <source>Payment from %1</source>
        <translation>Betalning från %1</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Payment &amp;type:</source>
        <translation>Betalnings&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <source>Outstanding: %1. Tick the invoices the payment is for; with none ticked it settles the oldest first. What is left stands on the debtor as a remaining amount.</source>
        <translation>Utestående: %1. Bocka för fakturorna som betalningen avser; utan bockar reglerar den de äldsta först. Resten står på kunden som restbelopp.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Reglera</translation>
    </message>
    <message>
        <source>Payment from %1 at till %2</source>
        <translation>Betalning från %1 i kassa %2</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>Betal&amp;sätt:</translation>
    </message>
    <message>
        <source>from the card terminal</source>
        <translation>från kortterminalen</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentMachine</name>
    <message>
        <source>The payment cannot be captured: it is %1. Only a reserved payment that is awaiting capture can be captured, once.</source>
        <translation>Betalningen kan inte dras: den är %1. Bara en reserverad betalning som väntar på att dras kan dras, och bara en gång.</translation>
    </message>
    <message>
        <source>The amount to capture must be more than 0.</source>
        <translation>Beloppet som ska dras måste vara större än 0.</translation>
    </message>
    <message>
        <source>You can capture at most the reserved amount, %1.</source>
        <translation>Du kan dra högst det reserverade beloppet, %1.</translation>
    </message>
    <message>
        <source>The reservation cannot be cancelled: the payment is %1. Only a reservation awaiting capture can be cancelled; a captured payment is refunded instead.</source>
        <translation>Reservationen kan inte makuleras: betalningen är %1. Bara en reservation som väntar på att dras kan makuleras; en dragen betalning återbetalas i stället.</translation>
    </message>
    <message>
        <source>Nothing can be refunded: the payment is %1. Only a captured payment can be refunded.</source>
        <translation>Inget kan återbetalas: betalningen är %1. Bara en dragen betalning kan återbetalas.</translation>
    </message>
    <message>
        <source>The amount to refund must be more than 0.</source>
        <translation>Beloppet som ska återbetalas måste vara större än 0.</translation>
    </message>
    <message>
        <source>You can refund at most %1: %2 was captured and %3 is already refunded.</source>
        <translation>Du kan återbetala högst %1: %2 har dragits och %3 är redan återbetalt.</translation>
    </message>
    <message>
        <source>Unknown payment state &quot;%1&quot;.</source>
        <translation>Okänd betalningsstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>reserverad</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>återbetald</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>makulerad</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>dra</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>makulera</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>återbetala</translation>
    </message>
</context>
<context>
    <name>skranke::PaymentTerms</name>
    <message>
        <source>Payment terms are &quot;net&quot; or &quot;end_of_month&quot;, not &quot;%1&quot;.</source>
        <translation>Betalningsvillkor är &quot;net&quot; eller &quot;end_of_month&quot;, inte &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutCsv</name>
    <message>
        <source>A quoted field starts here and is never closed.</source>
        <translation>Ett fält inom citattecken börjar här och avslutas aldrig.</translation>
    </message>
    <message>
        <source>The payout id is missing.</source>
        <translation>Utbetalnings-id saknas.</translation>
    </message>
    <message>
        <source>The payout id is longer than %1 characters.</source>
        <translation>Utbetalnings-id är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The currency is missing; it must be %1.</source>
        <translation>Valutan saknas; den måste vara %1.</translation>
    </message>
    <message>
        <source>The currency is %1; Skranke keeps this company&apos;s books in %2.</source>
        <translation>Valutan är %1; Skranke för det här företagets bokföring i %2.</translation>
    </message>
    <message>
        <source>The type is &quot;%1&quot;; it must be &quot;transaction&quot; or &quot;fee&quot;.</source>
        <translation>Typen är &quot;%1&quot;; den måste vara &quot;transaction&quot; eller &quot;fee&quot;.</translation>
    </message>
    <message>
        <source>A transaction needs its reference.</source>
        <translation>En transaktion behöver sin referens.</translation>
    </message>
    <message>
        <source>The reference is longer than %1 characters.</source>
        <translation>Referensen är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The fee is negative; fees are written as positive amounts.</source>
        <translation>Avgiften är negativ; avgifter skrivs som positiva belopp.</translation>
    </message>
    <message>
        <source>A transaction&apos;s amount cannot be 0.</source>
        <translation>En transaktions belopp kan inte vara 0.</translation>
    </message>
    <message>
        <source>A transaction needs its amount.</source>
        <translation>En transaktion behöver sitt belopp.</translation>
    </message>
    <message>
        <source>A fee row has no amount (leave it empty or 0); write the fee in the fee column.</source>
        <translation>En avgiftsrad har inget belopp (lämna det tomt eller 0); skriv avgiften i avgiftskolumnen.</translation>
    </message>
    <message>
        <source>A fee row needs a fee above 0.</source>
        <translation>En avgiftsrad behöver en avgift över 0.</translation>
    </message>
    <message>
        <source>The date is missing (write it as yyyy-mm-dd).</source>
        <translation>Datumet saknas (skriv det som yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; är inte ett datum; skriv det som yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Payout %1 is dated %2 on line %3, here %4; all its rows must have the same payout_date.</source>
        <translation>Utbetalning %1 är daterad %2 på rad %3, här %4; alla dess rader måste ha samma payout_date.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 on line %3, here in %4; all its rows must have the same currency.</source>
        <translation>Utbetalning %1 är i %2 på rad %3, här i %4; alla dess rader måste ha samma valuta.</translation>
    </message>
    <message>
        <source>Payout %1 adds up to too large an amount.</source>
        <translation>Utbetalning %1 summerar till ett för stort belopp.</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data); a settlement report is CSV text in UTF-8.</source>
        <translation>Filen är inte en textfil (den innehåller binära data); en avräkningsrapport är CSV-text i UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save the settlement report as CSV in UTF-8.</source>
        <translation>Filen är inte UTF-8-text; spara avräkningsrapporten som CSV i UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The header names column &quot;%1&quot; twice.</source>
        <translation>Rubrikraden namnger kolumnen &quot;%1&quot; två gånger.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>Rubrikraden har ingen kolumn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A settlement report&apos;s header names the columns %1.</source>
        <translation>En avräkningsrapports rubrikrad namnger kolumnerna %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har en rubrikrad men inga rader.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Raden har %1 fält; rubrikraden har %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… och %n problem till.</numerusform>
            <numerusform>… och %n problem till.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>rad %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutDialog</name>
    <message>
        <source>Payout %1</source>
        <translation>Utbetalning %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout %1&lt;/b&gt; from %2, paid out %3&lt;br&gt;Gross %4 − fees %5 = &lt;b&gt;net %6&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utbetalning %1&lt;/b&gt; från %2, utbetald %3&lt;br&gt;Brutto %4 − avgifter %5 = &lt;b&gt;netto %6&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) not matched to a payment in Skranke.</source>
        <translation>
            <numerusform>%n transaktion är inte matchad mot en betalning i Skranke.</numerusform>
            <numerusform>%n transaktioner är inte matchade mot en betalning i Skranke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Matchad mot</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matchad</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Inte matchad</translation>
    </message>
    <message>
        <source>No order, till receipt or till payment in Skranke has this reference. Use “Match again” on the Payouts page once the payment is here.</source>
        <translation>Ingen order, inget kassakvitto och ingen inbetalning i kassan i Skranke har denna referens. Använd “Matcha igen” på sidan Utbetalningar när betalningen har kommit in.</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutImport</name>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Ange vilken kortinlösare avräkningsrapporten kommer från.</translation>
    </message>
    <message>
        <source>The settlement report %1 was not imported:
%2</source>
        <translation>Avräkningsrapporten %1 importerades inte:
%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutListModel</name>
    <message numerus="yes">
        <source>%n transaction(s) of this payout are not matched to a payment in Skranke. Open the payout to see them.</source>
        <translation>
            <numerusform>%n transaktion i denna utbetalning är inte matchad mot en betalning i Skranke. Öppna utbetalningen för att se den.</numerusform>
            <numerusform>%n transaktioner i denna utbetalning är inte matchade mot en betalning i Skranke. Öppna utbetalningen för att se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No voucher has been made for this payout yet.</source>
        <translation>Ingen verifikation har skapats för denna utbetalning ännu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetalning</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Inlösare</translation>
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
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ej matchade</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutStore</name>
    <message>
        <source>There is no payout %1.</source>
        <translation>Det finns ingen utbetalning %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Return receipt %1-%2</source>
        <translation>Returkvitto %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2</source>
        <translation>Kvitto %1-%2</translation>
    </message>
    <message>
        <source>Till payment %1, debtor %2 %3</source>
        <translation>Inbetalning %1 i kassan, kund %2 %3</translation>
    </message>
</context>
<context>
    <name>skranke::PayoutsPage</name>
    <message>
        <source>&lt;h2&gt;Payouts&lt;/h2&gt;What the card acquirer paid into the bank, newest first: the card payments each payout settles, less the acquirer&apos;s fees. Import the acquirer&apos;s settlement report to add payouts; open one to see its transactions.</source>
        <translation>&lt;h2&gt;Utbetalningar&lt;/h2&gt;Det som kortinlösaren har betalat in på banken, nyaste först: kortbetalningarna som varje utbetalning reglerar, minus inlösarens avgifter. Importera inlösarens avräkningsrapport för att lägga till utbetalningar; öppna en för att se dess transaktioner.</translation>
    </message>
    <message>
        <source>Payout id, acquirer or transaction reference</source>
        <translation>Utbetalnings-id, inlösare eller transaktionsreferens</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Import settlement report…</source>
        <translation>&amp;Importera avräkningsrapport …</translation>
    </message>
    <message>
        <source>&amp;Match again</source>
        <translation>&amp;Matcha igen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Look again for the payments of the transactions not matched yet</source>
        <translation>Sök igen efter betalningarna för de transaktioner som ännu inte har matchats</translation>
    </message>
    <message>
        <source>The card acquirer the settlement report is from</source>
        <translation>Kortinlösaren som avräkningsrapporten kommer från</translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation>In&amp;lösare:</translation>
    </message>
    <message>
        <source>Import settlement report</source>
        <translation>Importera avräkningsrapport</translation>
    </message>
    <message>
        <source>Sign in to import settlement reports.</source>
        <translation>Logga in för att importera avräkningsrapporter.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payout(s): %1.</source>
        <translation>
            <numerusform>Importerade %n utbetalning: %1.</numerusform>
            <numerusform>Importerade %n utbetalningar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported before, left as they were: %1.</source>
        <translation>Redan importerade tidigare, lämnade som de var: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) are not matched to a payment in Skranke; they are shown under Unmatched.</source>
        <translation>
            <numerusform>%n transaktion är inte matchad mot en betalning i Skranke; den visas under Ej matchade.</numerusform>
            <numerusform>%n transaktioner är inte matchade mot en betalning i Skranke; de visas under Ej matchade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the card acquirer the settlement report is from.</source>
        <translation>Ange vilken kortinlösare avräkningsrapporten kommer från.</translation>
    </message>
    <message>
        <source>Import settlement report from %1</source>
        <translation>Importera avräkningsrapport från %1</translation>
    </message>
    <message>
        <source>Settlement reports (*.csv *.txt);;All files (*)</source>
        <translation>Avräkningsrapporter (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Matcha igen</translation>
    </message>
    <message>
        <source>Sign in to match payouts.</source>
        <translation>Logga in för att matcha utbetalningar.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) matched to their payment.</source>
        <translation>
            <numerusform>%n transaktion matchades mot sin betalning.</numerusform>
            <numerusform>%n transaktioner matchades mot sina betalningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new payments found for the unmatched transactions.</source>
        <translation>Inga nya betalningar hittades för de ej matchade transaktionerna.</translation>
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
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Compensation fee</source>
        <translation>Förseningsersättning</translation>
    </message>
</context>
<context>
    <name>skranke::PostingModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Betalningstyp</translation>
    </message>
</context>
<context>
    <name>skranke::PostingsDialog</name>
    <message>
        <source>Postings — %1 %2</source>
        <translation>Bokföringar — %1 %2</translation>
    </message>
    <message>
        <source>Show &amp;payment type</source>
        <translation>Visa &amp;betalningstyp</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Skriv av …</translation>
    </message>
    <message>
        <source>Outstanding %1 · prepayment %2</source>
        <translation>Utestående %1 · förskott %2</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Skriv av</translation>
    </message>
    <message>
        <source>Amount to write off:</source>
        <translation>Belopp att skriva av:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Skäl (obligatoriskt):</translation>
    </message>
</context>
<context>
    <name>skranke::PriceRuleDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>New price rule for %1</source>
        <translation>Ny prisregel för %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Säsong:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Veckodagar:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;immar:</translation>
    </message>
    <message>
        <source>&amp;Nights:</source>
        <translation>&amp;Nätter:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>&amp;Gäster:</translation>
    </message>
    <message>
        <source>&amp;Price per:</source>
        <translation>&amp;Pris per:</translation>
    </message>
    <message>
        <source>Guest &amp;category:</source>
        <translation>Gäst&amp;kategori:</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT (%1):</source>
        <translation>&amp;Belopp inkl. moms (%1):</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>Each night or hour is priced by the matching rule of the highest priority, then the shortest season, then the newest.</source>
        <translation>Varje natt eller timme prissätts enligt den passande regeln med högst prioritet, därefter den kortaste säsongen, därefter den nyaste.</translation>
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
        <translation>Per bokning</translation>
    </message>
    <message>
        <source>Per night</source>
        <translation>Per natt</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per timme</translation>
    </message>
    <message>
        <source>Per stay</source>
        <translation>Per vistelse</translation>
    </message>
    <message>
        <source>Per guest</source>
        <translation>Per gäst</translation>
    </message>
    <message>
        <source>Per guest and night</source>
        <translation>Per gäst och natt</translation>
    </message>
    <message>
        <source>Per guest and hour</source>
        <translation>Per gäst och timme</translation>
    </message>
    <message>
        <source>Per guest, whole stay</source>
        <translation>Per gäst, hela vistelsen</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Hela året</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Till och med %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller fler</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Säsong</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nätter</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Price per</source>
        <translation>Pris per</translation>
    </message>
    <message>
        <source>Guest category</source>
        <translation>Gästkategori</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Belopp inkl. moms</translation>
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
        <translation>&quot;%1&quot; är inte en prisgrund (unit, stay, guest_unit, guest_stay).</translation>
    </message>
</context>
<context>
    <name>skranke::ProductKind</name>
    <message>
        <source>Goods</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>Stock goods</source>
        <translation>Lagervaror</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>Tidsintervall</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Logi</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Uthyrning</translation>
    </message>
    <message>
        <source>Event or course</source>
        <translation>Evenemang eller kurs</translation>
    </message>
    <message>
        <source>Gift/value card</source>
        <translation>Presentkort/värdekort</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product kind.</source>
        <translation>&quot;%1&quot; är inte en produkttyp.</translation>
    </message>
</context>
<context>
    <name>skranke::Quantity</name>
    <message>
        <source>&quot;%1&quot; is not a quantity: %2.</source>
        <translation>&quot;%1&quot; är inte ett antal: %2.</translation>
    </message>
    <message>
        <source>at most three decimals</source>
        <translation>högst tre decimaler</translation>
    </message>
    <message>
        <source>it must be more than 0</source>
        <translation>det måste vara över 0</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>det är för stort</translation>
    </message>
</context>
<context>
    <name>skranke::RecallDialog</name>
    <message>
        <source>Recall a parked sale on till %1</source>
        <translation>Hämta en parkerad försäljning i kassa %1</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No sales are parked on this till.</source>
        <translation>Inga försäljningar är parkerade i den här kassan.</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Hämta</translation>
    </message>
    <message>
        <source>&amp;Parked sales, oldest first:</source>
        <translation>&amp;Parkerade försäljningar, äldsta först:</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Parkerad av %1</translation>
    </message>
</context>
<context>
    <name>skranke::ReceiptCalculator</name>
    <message>
        <source>Line %1: the quantity cannot be 0.</source>
        <translation>Rad %1: antalet kan inte vara 0.</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Rad %1: priset kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be from 0 to under 100 %.</source>
        <translation>Rad %1: rabatten måste vara från 0 till under 100 %.</translation>
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
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Return of receipt</source>
        <translation>Retur av kvitto</translation>
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
        <translation>Kontantavrundning</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Återbetalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>%1 given</source>
        <translation>%1 mottaget</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Of which VAT %1 % of %2</source>
        <translation>Varav moms %1 % av %2</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Invoice no. %1</source>
        <translation>Fakturanr %1</translation>
    </message>
    <message>
        <source>Card no. %1</source>
        <translation>Kortnr %1</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Avrundning</translation>
    </message>
</context>
<context>
    <name>skranke::RecurringRentals</name>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 är inte en månad.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderDispatch</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderDocument</name>
    <message>
        <source>Reminder no.</source>
        <translation>Påminnelsenr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Debtor no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Reminder %1 (continued)</source>
        <translation>Påminnelse %1 (forts.)</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Fakturanr</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Outstanding invoices</source>
        <translation>Utestående fakturor</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>TOTALT %1</translation>
    </message>
    <message>
        <source>Please pay %1 by %2</source>
        <translation>Vänligen betala %1 senast %2</translation>
    </message>
    <message>
        <source>Please state debtor no. %1 and reminder no. %2 with your payment.</source>
        <translation>Ange kundnr %1 och påminnelsenr %2 vid betalning.</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan inte ritas.</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Påminnelse %1</translation>
    </message>
    <message>
        <source>There are no reminders to print.</source>
        <translation>Det finns inga påminnelser att skriva ut.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders</source>
        <translation>Obetalda avgifter och räntor från tidigare påminnelser</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderProposalModel</name>
    <message>
        <source>Invoice %1, due %2: %3</source>
        <translation>Faktura %1, förfaller %2: %3</translation>
    </message>
    <message>
        <source>, interest %1</source>
        <translation>, ränta %1</translation>
    </message>
    <message>
        <source>— (print)</source>
        <translation>— (skriv ut)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Unpaid fees and interest of earlier reminders: shown on the reminder, not charged again.</source>
        <translation>Obetalda avgifter och räntor från tidigare påminnelser: visas på påminnelsen, debiteras inte igen.</translation>
    </message>
    <message>
        <source>Earlier charges</source>
        <translation>Tidigare avgifter</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRun</name>
    <message>
        <source>The reminder number must be 1, 2 or 3.</source>
        <translation>Påminnelsenumret måste vara 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The reminder date is required.</source>
        <translation>Påminnelsedatumet måste anges.</translation>
    </message>
    <message>
        <source>The to date is required.</source>
        <translation>Till-datumet måste anges.</translation>
    </message>
    <message>
        <source>The to date cannot be after the reminder date: only invoices already due can be reminded.</source>
        <translation>Till-datumet kan inte ligga efter påminnelsedatumet: endast förfallna fakturor kan påminnas om.</translation>
    </message>
    <message>
        <source>The respite cannot be negative.</source>
        <translation>Anståndet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>A reminder must give at least 10 days to pay.</source>
        <translation>En påminnelse måste ge minst 10 dagar att betala.</translation>
    </message>
    <message>
        <source>Minimum amounts cannot be negative.</source>
        <translation>Minimibelopp kan inte vara negativa.</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Det finns ingen kassa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reminder %1: %2</source>
        <translation>Påminnelse %1: %2</translation>
    </message>
    <message>
        <source>A till&apos;s name has at most 40 characters.</source>
        <translation>En kassas namn får vara högst 40 tecken.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunForm</name>
    <message>
        <source>Charge &amp;compensation to business debtors</source>
        <translation>Ta &amp;ut förseningsersättning av företagskunder</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Påminnelse %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Per started month</source>
        <translation>Per påbörjad månad</translation>
    </message>
    <message>
        <source>Exact days (actual/365)</source>
        <translation>Exakta dagar (faktiska/365)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>At most %1 a reminder under the law.</source>
        <translation>Högst %1 per påminnelse enligt lag.</translation>
    </message>
    <message>
        <source>Which invoices</source>
        <translation>Vilka fakturor</translation>
    </message>
    <message>
        <source>Reminder &amp;number:</source>
        <translation>&amp;Påminnelsenummer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Kund-ID från:</translation>
    </message>
    <message>
        <source>&amp;Due up to:</source>
        <translation>&amp;Förfallna till och med:</translation>
    </message>
    <message>
        <source>&amp;Respite (days):</source>
        <translation>A&amp;nstånd (dagar):</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;Kassa:</translation>
    </message>
    <message>
        <source>Reminder and fees</source>
        <translation>Påminnelse och avgifter</translation>
    </message>
    <message>
        <source>Reminder &amp;date:</source>
        <translation>Påminnelse&amp;datum:</translation>
    </message>
    <message>
        <source>Days to &amp;pay:</source>
        <translation>Dagar att &amp;betala:</translation>
    </message>
    <message>
        <source>&amp;Minimum balance:</source>
        <translation>&amp;Minsta saldo:</translation>
    </message>
    <message>
        <source>Reminder &amp;fee:</source>
        <translation>Påminnelseav&amp;gift:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>&amp;Rate a month (%):</source>
        <translation>R&amp;äntesats per månad (%):</translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation>Beräkn&amp;ing:</translation>
    </message>
    <message>
        <source>Minimum &amp;interest:</source>
        <translation>Minsta &amp;ränta:</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Alla kassor</translation>
    </message>
    <message>
        <source>Reference rate: %1 % a year. The law allows it plus %2 points; change it under Settings → Invoicing.</source>
        <translation>Referensränta: %1 % om året. Lagen tillåter den plus %2 procentenheter; ändra den under Inställningar → Fakturering.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderRunPage</name>
    <message>
        <source>C&amp;reate reminders</source>
        <translation>&amp;Skapa påminnelser</translation>
    </message>
    <message>
        <source>Create reminders + send &amp;email…</source>
        <translation>Skapa påminnelser + skicka &amp;e-post …</translation>
    </message>
    <message>
        <source>&amp;Texts…</source>
        <translation>&amp;Texter …</translation>
    </message>
    <message>
        <source>&amp;Show overview</source>
        <translation>&amp;Visa översikt</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>Markera a&amp;lla</translation>
    </message>
    <message>
        <source>&amp;Unmark all</source>
        <translation>&amp;Avmarkera alla</translation>
    </message>
    <message>
        <source>The till the reminders&apos; fees and interest are posted in.</source>
        <translation>Kassan som påminnelsernas avgifter och ränta bokförs i.</translation>
    </message>
    <message>
        <source>Skranke reminders</source>
        <translation>Skranke-påminnelser</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra …</translation>
    </message>
    <message>
        <source>Folder for reminder PDFs</source>
        <translation>Mapp för påminnelse-PDF:er</translation>
    </message>
    <message>
        <source>Post in till:</source>
        <translation>Bokför i kassa:</translation>
    </message>
    <message>
        <source>PDF folder:</source>
        <translation>PDF-mapp:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;Remind debtors of overdue invoices with fees and interest the law allows. Show the overview, mark who gets a reminder, then create them.</source>
        <translation>&lt;h2&gt;Påminnelser&lt;/h2&gt;Påminn kunder om förfallna fakturor med de avgifter och den ränta som lagen tillåter. Visa översikten, markera vilka som ska få en påminnelse och skapa sedan påminnelserna.</translation>
    </message>
    <message>
        <source>No debtor gets a reminder with these parameters.</source>
        <translation>Ingen kund får en påminnelse med dessa parametrar.</translation>
    </message>
    <message>
        <source>Show the overview to see who would get a reminder.</source>
        <translation>Visa översikten för att se vem som skulle få en påminnelse.</translation>
    </message>
    <message>
        <source>%1 of %2 debtors marked, %3 in all.</source>
        <translation>%1 av %2 kunder markerade, totalt %3.</translation>
    </message>
    <message>
        <source>Email is not set up yet: enter the mail server under Settings → Email.</source>
        <translation>E-post är inte inställd ännu: ange e-postservern under Inställningar → E-post.</translation>
    </message>
    <message>
        <source>Show the overview and mark the debtors to remind first.</source>
        <translation>Visa först översikten och markera kunderna som ska påminnas.</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot; for the PDFs.</source>
        <translation>Kan inte skapa mappen &quot;%1&quot; för PDF-filerna.</translation>
    </message>
    <message>
        <source>No reminders were created: none of the marked debtors is due one any more.</source>
        <translation>Inga påminnelser skapades: ingen av de markerade kunderna ska längre ha någon påminnelse.</translation>
    </message>
    <message>
        <source>Created %1 reminders, numbers %2–%3.</source>
        <translation>Skapade %1 påminnelser, nummer %2–%3.</translation>
    </message>
    <message>
        <source>PDFs are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;open all in one PDF to print&lt;/a&gt;.</source>
        <translation>PDF-filerna finns i &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; &lt;a href=&quot;%3&quot;&gt;öppna alla i en PDF för utskrift&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Skickade %1 med e-post.</translation>
    </message>
    <message>
        <source>%1 emails could not be sent; they are kept in the outbox and can be sent again from the outbox under Settings → Email.</source>
        <translation>%1 e-postmeddelanden kunde inte skickas; de ligger kvar i utkorgen och kan skickas igen därifrån under Inställningar → E-post.</translation>
    </message>
    <message>
        <source>%1 debtors have no email address: print their reminders.</source>
        <translation>%1 kunder har ingen e-postadress: skriv ut deras påminnelser.</translation>
    </message>
    <message>
        <source>Sending reminders by email…</source>
        <translation>Skickar påminnelser med e-post …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderStore</name>
    <message>
        <source>There is no reminder %1.</source>
        <translation>Det finns ingen påminnelse %1.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTemplate</name>
    <message>
        <source>A &quot;{&quot; is not closed with &quot;}&quot;.</source>
        <translation>Ett &quot;{&quot; avslutas inte med &quot;}&quot;.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no &quot;{&quot; before it; write &quot;}}&quot; for a brace.</source>
        <translation>Ett &quot;}&quot; har inget &quot;{&quot; före sig; skriv &quot;}}&quot; för en klammerparentes.</translation>
    </message>
    <message>
        <source>the debtor&apos;s name</source>
        <translation>kundens namn</translation>
    </message>
    <message>
        <source>the debtor&apos;s number</source>
        <translation>kundens nummer</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>ditt företags namn</translation>
    </message>
    <message>
        <source>the reminder&apos;s number</source>
        <translation>påminnelsens nummer</translation>
    </message>
    <message>
        <source>the reminder&apos;s date</source>
        <translation>påminnelsens datum</translation>
    </message>
    <message>
        <source>the reminder level: 1, 2 or 3</source>
        <translation>påminnelsenivån: 1, 2 eller 3</translation>
    </message>
    <message>
        <source>the numbers of the invoices reminded</source>
        <translation>numren på fakturorna som påminnelsen gäller</translation>
    </message>
    <message>
        <source>what the invoices still owe</source>
        <translation>vad som återstår att betala på fakturorna</translation>
    </message>
    <message>
        <source>the reminder fee</source>
        <translation>påminnelseavgiften</translation>
    </message>
    <message>
        <source>the compensation fee</source>
        <translation>förseningsersättningen</translation>
    </message>
    <message>
        <source>the interest</source>
        <translation>dröjsmålsräntan</translation>
    </message>
    <message>
        <source>the interest rate in percent a month</source>
        <translation>räntesatsen i procent per månad</translation>
    </message>
    <message>
        <source>everything to pay</source>
        <translation>totalt att betala</translation>
    </message>
    <message>
        <source>the date to pay by</source>
        <translation>sista betalningsdag</translation>
    </message>
    <message>
        <source>There is no placeholder {%1}. Known: %2.</source>
        <translation>Det finns ingen platshållare {%1}. Kända: %2.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextStore</name>
    <message>
        <source>The reminder number must be 1, 2 or 3.</source>
        <translation>Påminnelsenumret måste vara 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>The language must be da, nb, sv or en, not &quot;%1&quot;.</source>
        <translation>Språket måste vara da, nb, sv eller en, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The heading is required.</source>
        <translation>Rubriken måste fyllas i.</translation>
    </message>
</context>
<context>
    <name>skranke::ReminderTextsDialog</name>
    <message>
        <source>Reminder texts</source>
        <translation>Påminnelsetexter</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Påminnelse %1</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>&amp;Fee line:</source>
        <translation>&amp;Avgiftsrad:</translation>
    </message>
    <message>
        <source>&amp;Compensation line:</source>
        <translation>&amp;Ersättningsrad:</translation>
    </message>
    <message>
        <source>&amp;Interest line:</source>
        <translation>Rä&amp;nterad:</translation>
    </message>
    <message>
        <source>Email &amp;subject:</source>
        <translation>&amp;Ämne för e-post:</translation>
    </message>
    <message>
        <source>Email &amp;text:</source>
        <translation>&amp;Text för e-post:</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>&amp;Inbyggd text</translation>
    </message>
    <message>
        <source>Save the changed texts first?</source>
        <translation>Spara de ändrade texterna först?</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Inbyggd text</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Egen text</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>skranke::ResolvePendingDialog</name>
    <message>
        <source>Resolve by hand</source>
        <translation>Avgör manuellt</translation>
    </message>
    <message>
        <source>%1 got no answer from the gateway. Look the payment up in the gateway&apos;s own portal and record here what it shows. This is kept with your name.</source>
        <translation>%1 fick inget svar från betallösningen. Slå upp betalningen i betallösningens egen portal och registrera här vad den visar. Det sparas med ditt namn.</translation>
    </message>
    <message>
        <source>The gateway did it</source>
        <translation>Betallösningen gjorde det</translation>
    </message>
    <message>
        <source>The gateway did not do it</source>
        <translation>Betallösningen gjorde det inte</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it, if it shows one</source>
        <translation>Betallösningens id för det, om den visar ett</translation>
    </message>
    <message>
        <source>e.g. checked in the Nets portal</source>
        <translation>t.ex. kontrollerat i Nets-portalen</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferens:</translation>
    </message>
    <message>
        <source>&amp;How you know:</source>
        <translation>H&amp;ur du vet det:</translation>
    </message>
</context>
<context>
    <name>skranke::RestTarget</name>
    <message>
        <source>The accounting program is not set up: enter the address of its voucher API.</source>
        <translation>Bokföringsprogrammet är inte inställt: ange adressen till dess verifikations-API.</translation>
    </message>
    <message>
        <source>The accounting program&apos;s address &quot;%1&quot; is not an http or https address.</source>
        <translation>Bokföringsprogrammets adress &quot;%1&quot; är inte en http- eller https-adress.</translation>
    </message>
    <message>
        <source>The accounting program is not set up: enter its API key.</source>
        <translation>Bokföringsprogrammet är inte inställt: ange dess API-nyckel.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character.</source>
        <translation>API-nyckeln innehåller en radbrytning eller ett annat styrtecken.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to %1 seconds.</source>
        <translation>Väntetiden måste vara från 1 till %1 sekunder.</translation>
    </message>
    <message>
        <source>the voucher has no idempotency key</source>
        <translation>verifikationen har ingen idempotensnyckel</translation>
    </message>
    <message>
        <source>could not start an HTTP connection</source>
        <translation>kunde inte starta en HTTP-anslutning</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the accounting program within %n second(s) (%1)</source>
        <translation>
            <numerusform>inget svar från bokföringsprogrammet inom %n sekund (%1)</numerusform>
            <numerusform>inget svar från bokföringsprogrammet inom %n sekunder (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not connect to the accounting program (%1)</source>
        <translation>kunde inte ansluta till bokföringsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the connection to the accounting program broke before it answered (%1)</source>
        <translation>anslutningen till bokföringsprogrammet bröts innan det svarade (%1)</translation>
    </message>
    <message>
        <source>could not talk to the accounting program (%1)</source>
        <translation>kunde inte kommunicera med bokföringsprogrammet (%1)</translation>
    </message>
    <message>
        <source>the accounting program is still busy with this voucher (%1); it is sent again later</source>
        <translation>bokföringsprogrammet arbetar fortfarande med denna verifikation (%1); den skickas igen senare</translation>
    </message>
    <message>
        <source>the accounting program answered HTTP %1 without the voucher&apos;s id; it is asked again later</source>
        <translation>bokföringsprogrammet svarade HTTP %1 utan verifikationens id; det tillfrågas igen senare</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1)</source>
        <translation>bokföringsprogrammets kvot är förbrukad (%1)</translation>
    </message>
    <message>
        <source>the accounting program&apos;s quota is used up (%1); it asks to wait (Retry-After: %2)</source>
        <translation>bokföringsprogrammets kvot är förbrukad (%1); det ber om att vänta (Retry-After: %2)</translation>
    </message>
    <message>
        <source>there is no voucher API at %1 (%2): check the address</source>
        <translation>det finns inget verifikations-API på %1 (%2): kontrollera adressen</translation>
    </message>
    <message>
        <source>the accounting program could not take the voucher (%1)</source>
        <translation>bokföringsprogrammet kunde inte ta emot verifikationen (%1)</translation>
    </message>
    <message>
        <source>the accounting program refused the API key (%1): check the key in Settings → Accounting</source>
        <translation>bokföringsprogrammet avvisade API-nyckeln (%1): kontrollera nyckeln under Inställningar → Bokföring</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnDialog</name>
    <message>
        <source>Return on till %1</source>
        <translation>Retur i kassa %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Kan returneras</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Returnera nu</translation>
    </message>
    <message>
        <source>card terminal reference</source>
        <translation>kortterminalens referens</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Kvittonummer:</translation>
    </message>
    <message>
        <source>Pay &amp;back by:</source>
        <translation>Åter&amp;betala med:</translation>
    </message>
    <message>
        <source>Card reference:</source>
        <translation>Kortreferens:</translation>
    </message>
    <message>
        <source>To pay back:</source>
        <translation>Att återbetala:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Returnera</translation>
    </message>
    <message>
        <source>Find the receipt first.</source>
        <translation>Sök upp kvittot först.</translation>
    </message>
    <message>
        <source>Say how much of which line comes back.</source>
        <translation>Ange hur mycket av vilken rad som returneras.</translation>
    </message>
</context>
<context>
    <name>skranke::ReturnService</name>
    <message>
        <source>Receipt %1 is itself a return and cannot be returned.</source>
        <translation>Kvitto %1 är självt en retur och kan inte returneras.</translation>
    </message>
    <message>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Allt på kvitto %1 har redan returnerats.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Kvitto %1 har ingen rad %2.</translation>
    </message>
    <message>
        <source>Line %1 is listed more than once.</source>
        <translation>Rad %1 anges mer än en gång.</translation>
    </message>
    <message>
        <source>Line %1: the quantity to return must be more than 0.</source>
        <translation>Rad %1: antalet att returnera måste vara över 0.</translation>
    </message>
    <message>
        <source>Line %1 has already been returned in full.</source>
        <translation>Rad %1 har redan returnerats helt.</translation>
    </message>
    <message>
        <source>Line %1: only %2 can still be returned, not %3.</source>
        <translation>Rad %1: endast %2 kan fortfarande returneras, inte %3.</translation>
    </message>
    <message>
        <source>Pay back exactly %1 in cash; a refund gives no change.</source>
        <translation>Återbetala exakt %1 kontant; en återbetalning ger ingen växel.</translation>
    </message>
</context>
<context>
    <name>skranke::Role</name>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
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
        <translation>Dokumentet kan inte ritas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>skranke::RowDialog</name>
    <message>
        <source>&amp;Manual price incl. VAT</source>
        <translation>&amp;Manuellt pris inkl. moms</translation>
    </message>
    <message>
        <source>Allow &amp;overbooking</source>
        <translation>Tillåt &amp;överbokning</translation>
    </message>
    <message>
        <source>Repeats &amp;monthly (long-term rental)</source>
        <translation>&amp;Upprepas varje månad (långtidshyra)</translation>
    </message>
    <message>
        <source>Booking row %1</source>
        <translation>Bokningsrad %1</translation>
    </message>
    <message>
        <source>New booking row</source>
        <translation>Ny bokningsrad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Needs the right to overbook.</source>
        <translation>Kräver behörighet att överboka.</translation>
    </message>
    <message>
        <source>The product&apos;s name</source>
        <translation>Produktens namn</translation>
    </message>
    <message>
        <source>Show &amp;available…</source>
        <translation>Visa &amp;lediga …</translation>
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
        <translation>A&amp;vresa:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntal:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gäster:</translation>
    </message>
    <message>
        <source>Price from table:</source>
        <translation>Pris enligt tabell:</translation>
    </message>
    <message>
        <source>&amp;Invoice text:</source>
        <translation>&amp;Fakturatext:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>Part &amp;of:</source>
        <translation>&amp;Del av:</translation>
    </message>
    <message>
        <source>(first free unit)</source>
        <translation>(första lediga enhet)</translation>
    </message>
    <message>
        <source>No price in the table matches: enter a manual price.</source>
        <translation>Inget pris i tabellen passar: ange ett manuellt pris.</translation>
    </message>
    <message>
        <source>%1 of %2 free in this period</source>
        <translation>%1 av %2 lediga under perioden</translation>
    </message>
    <message>
        <source>Available products</source>
        <translation>Lediga produkter</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — %2 lediga</translation>
    </message>
    <message>
        <source>Nothing is free for this period and quantity.</source>
        <translation>Inget är ledigt för den här perioden och antalet.</translation>
    </message>
    <message>
        <source>Free for the row&apos;s period and quantity:</source>
        <translation>Lediga för radens period och antal:</translation>
    </message>
</context>
<context>
    <name>skranke::RowStatus</name>
    <message>
        <source>Reservation</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>Long-term rental</source>
        <translation>Långtidshyra</translation>
    </message>
    <message>
        <source>Self-booking</source>
        <translation>Självbokning</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking status (reservation, final, cancelled, waitlist, long_term, self_booking).</source>
        <translation>&quot;%1&quot; är inte en bokningsstatus (reservation, final, cancelled, waitlist, long_term, self_booking).</translation>
    </message>
</context>
<context>
    <name>skranke::SaftExport</name>
    <message>
        <source>Voucher %1 has no lines.</source>
        <translation>Verifikation %1 har inga rader.</translation>
    </message>
    <message>
        <source>Voucher %1 is in %2, not in the company&apos;s currency %3.</source>
        <translation>Verifikation %1 är i %2, inte i företagets valuta %3.</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Huvudbok</translation>
    </message>
    <message>
        <source>The vouchers read for the SAF-T file do not add up to their totals.</source>
        <translation>Verifikationerna som lästs för SAF-T-filen summerar inte till sina totalbelopp.</translation>
    </message>
    <message>
        <source>The SAF-T file could not be written.</source>
        <translation>SAF-T-filen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Output VAT %1 %</source>
        <translation>Utgående moms %1 %</translation>
    </message>
</context>
<context>
    <name>skranke::SaleParts</name>
    <message>
        <source>Line %1: only a value card takes a card number.</source>
        <translation>Rad %1: endast ett värdekort kan ha ett kortnummer.</translation>
    </message>
    <message>
        <source>Line %1: sell one value card per line.</source>
        <translation>Rad %1: sälj ett värdekort per rad.</translation>
    </message>
    <message>
        <source>Line %1: enter the amount to put on the value card.</source>
        <translation>Rad %1: ange beloppet som ska laddas på värdekortet.</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Ange värdekortets nummer.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura täcker hela försäljningen; kombinera den inte med något annat betalsätt.</translation>
    </message>
    <message>
        <source>Choose the debtor to invoice first.</source>
        <translation>Välj först kunden som ska faktureras.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale, %1, not %2.</source>
        <translation>En faktura täcker hela försäljningen, %1, inte %2.</translation>
    </message>
    <message>
        <source>A return is not paid back on an invoice; credit the invoice instead.</source>
        <translation>En retur återbetalas inte på en faktura; kreditera fakturan i stället.</translation>
    </message>
    <message>
        <source>Receipt %1 was put on invoice %2; credit the invoice instead.</source>
        <translation>Kvitto %1 lades på faktura %2; kreditera fakturan i stället.</translation>
    </message>
    <message>
        <source>Value card %1 has been spent (%2 left of %3); it cannot be returned.</source>
        <translation>Värdekort %1 har använts (%2 kvar av %3); det kan inte returneras.</translation>
    </message>
</context>
<context>
    <name>skranke::SaleService</name>
    <message>
        <source>No product has the EAN, number or ID &quot;%1&quot;.</source>
        <translation>Ingen artikel har EAN, nummer eller ID ”%1”.</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>En försäljning måste ha minst en rad.</translation>
    </message>
    <message>
        <source>A sale cannot come to less than 0; use a return.</source>
        <translation>En försäljning kan inte bli under 0; använd en retur.</translation>
    </message>
    <message>
        <source>Till %1 has no receipt %2.</source>
        <translation>Kassa %1 har inget kvitto %2.</translation>
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
        <translation>Föregående period (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nästa period (Alt+Högerpil)</translation>
    </message>
    <message>
        <source>The first date shown</source>
        <translation>Första datum som visas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>How much time the schedule shows</source>
        <translation>Hur lång tid beläggningen visar</translation>
    </message>
    <message>
        <source>Show only the units of a category</source>
        <translation>Visa bara enheterna i en kategori</translation>
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
        <translation>Överbokad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Cancel booking… (A)</source>
        <translation>Avboka bokning … (A)</translation>
    </message>
    <message>
        <source>Cancel the selected booking row, with a reason</source>
        <translation>Avboka den valda bokningsraden, med en orsak</translation>
    </message>
    <message>
        <source>Drag over free cells to book; drag a booking to move it, its ends to change its period. Enter opens; Ctrl+arrows move the selected booking; A cancels it.</source>
        <translation>Dra över lediga celler för att boka; dra en bokning för att flytta den, dess ändar för att ändra perioden. Enter öppnar; Ctrl+piltangenterna flyttar den valda bokningen; A avbokar den.</translation>
    </message>
</context>
<context>
    <name>skranke::ScheduleView</name>
    <message>
        <source>Sign in to change bookings.</source>
        <translation>Logga in för att ändra bokningar.</translation>
    </message>
    <message>
        <source>%1

Move the booking anyway and overbook?</source>
        <translation>%1

Flytta bokningen ändå och överboka?</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>Överboka?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <source>%1: a unit of %2 (%3)</source>
        <translation>%1: en enhet i %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 free on %3</source>
        <translation>%1 av %2 lediga den %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n natt)</numerusform>
            <numerusform>%1 – %2 (%n nätter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen gäst ännu</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Bokning %1</translation>
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
        <translation>Period: %1</translation>
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
        <translation>Överbokad</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Reglerad</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Vecka %1, %2</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: lediga</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>There is nothing to book yet: bookable products get units in the catalog.</source>
        <translation>Det finns inget att boka ännu: bokningsbara produkter får enheter i katalogen.</translation>
    </message>
    <message>
        <source>The category %1 has no units.</source>
        <translation>Kategorin %1 har inga enheter.</translation>
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
        <translation>%1 får inte %2 (behörigheten &quot;%3&quot; saknas).</translation>
    </message>
</context>
<context>
    <name>skranke::SettingsPage</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <source>Staff &amp;users</source>
        <translation>&amp;Personal</translation>
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
        <translation>&amp;Kassa</translation>
    </message>
    <message>
        <source>&amp;Bookable products</source>
        <translation>&amp;Bokningsbara produkter</translation>
    </message>
    <message>
        <source>&amp;Online orders</source>
        <translation>&amp;Webbordrar</translation>
    </message>
    <message>
        <source>&amp;Accounting</source>
        <translation>&amp;Bokföring</translation>
    </message>
</context>
<context>
    <name>skranke::Settlement</name>
    <message>
        <source>Cannot settle %1: more than is open.</source>
        <translation>Kan inte reglera %1: mer än det öppna.</translation>
    </message>
    <message>
        <source>There is no settlement %1 to undo.</source>
        <translation>Det finns ingen avräkning %1 att ångra.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Payments not settled</source>
        <translation>Ej avräknade betalningar</translation>
    </message>
    <message>
        <source>Can be settled</source>
        <translation>Kan avräknas</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementPage</name>
    <message>
        <source>Only &amp;balance 0</source>
        <translation>Endast &amp;saldo 0</translation>
    </message>
    <message>
        <source>Only &amp;equal amounts</source>
        <translation>Endast &amp;lika belopp</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>&amp;Settle selected</source>
        <translation>&amp;Avräkna valda</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Välj &amp;alla</translation>
    </message>
    <message>
        <source>Debtor ID from:</source>
        <translation>Kund-ID från:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>till:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settlement&lt;/h2&gt;Debtors whose payments and credit notes can settle their invoices, oldest first.</source>
        <translation>&lt;h2&gt;Avräkning&lt;/h2&gt;Kunder vars betalningar och kreditfakturor kan reglera deras fakturor, äldsta först.</translation>
    </message>
    <message>
        <source>Mark the debtors to settle first.</source>
        <translation>Markera först kunderna som ska avräknas.</translation>
    </message>
    <message>
        <source>Settled %1 for %2 debtors in %3 settlements.</source>
        <translation>Avräknade %1 för %2 kunder i %3 avräkningar.</translation>
    </message>
</context>
<context>
    <name>skranke::SettlementService</name>
    <message>
        <source>Posting %1 is not a payment or credit.</source>
        <translation>Bokföring %1 är inte en betalning eller kreditering.</translation>
    </message>
    <message>
        <source>Invoice %1 is not on the same debtor as the payment.</source>
        <translation>Faktura %1 är inte på samma kund som betalningen.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Beloppet måste vara över 0.</translation>
    </message>
    <message>
        <source>At most %1 can be settled: the invoice has %2 open and the payment %3.</source>
        <translation>Högst %1 kan avräknas: fakturan har %2 öppet och betalningen %3.</translation>
    </message>
</context>
<context>
    <name>skranke::Sie4Reader</name>
    <message>
        <source>%1 has too few fields.</source>
        <translation>%1 har för få fält.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 20260131.</source>
        <translation>“%1” är inte ett datum som 20260131.</translation>
    </message>
    <message>
        <source>SIE file, line %1: %2</source>
        <translation>SIE-fil, rad %1: %2</translation>
    </message>
    <message>
        <source>The SIE file&apos;s currency “%1” is unknown.</source>
        <translation>SIE-filens valuta “%1” är okänd.</translation>
    </message>
    <message>
        <source>#VER is not followed by “{”.</source>
        <translation>#VER följs inte av “{”.</translation>
    </message>
    <message>
        <source>“{” without #VER.</source>
        <translation>“{” utan #VER.</translation>
    </message>
    <message>
        <source>“}” without “{”.</source>
        <translation>“}” utan “{”.</translation>
    </message>
    <message>
        <source>%1 inside a voucher.</source>
        <translation>%1 inuti en verifikation.</translation>
    </message>
    <message>
        <source>“%1” is not an account type (T, S, K or I).</source>
        <translation>“%1” är inte en kontotyp (T, S, K eller I).</translation>
    </message>
    <message>
        <source>#TRANS outside a voucher.</source>
        <translation>#TRANS utanför en verifikation.</translation>
    </message>
    <message>
        <source>#TRANS lacks its object list “{}”.</source>
        <translation>#TRANS saknar sin objektlista “{}”.</translation>
    </message>
    <message>
        <source>The SIE file ends inside voucher %1.</source>
        <translation>SIE-filen slutar inuti verifikation %1.</translation>
    </message>
</context>
<context>
    <name>skranke::SmtpSender</name>
    <message>
        <source>Could not start the mail connection.</source>
        <translation>Kunde inte starta e-postanslutningen.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2 (answered &quot;%3&quot;).</source>
        <translation>E-postservern %1 avvisade meddelandet: %2 (svarade &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Could not send the email through %1: %2.</source>
        <translation>Kunde inte skicka e-postmeddelandet via %1: %2.</translation>
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
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <translation>Skranke: kassa och bokning.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasfilen (standard: %1).</translation>
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
        <translation>Skranke kan inte starta</translation>
    </message>
</context>
<context>
    <name>skranke::SupplierReportDocument</name>
    <message>
        <source>There is no supplier %1.</source>
        <translation>Det finns ingen leverantör %1.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from the supplier %2 that are not cancelled.</source>
        <translation>Bokning %1 har inga rader från leverantören %2 som inte är avbokade.</translation>
    </message>
    <message>
        <source>Supplier report, booking %1</source>
        <translation>Leverantörsrapport, bokning %1</translation>
    </message>
    <message>
        <source>Cannot paint the document.</source>
        <translation>Dokumentet kan inte ritas.</translation>
    </message>
    <message>
        <source>Supplier report, booking %1 (continued)</source>
        <translation>Leverantörsrapport, bokning %1 (forts.)</translation>
    </message>
    <message>
        <source>Booking ID</source>
        <translation>Boknings-ID</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Bokad av</translation>
    </message>
    <message>
        <source>Supplier report</source>
        <translation>Leverantörsrapport</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Ingen gäst ännu</translation>
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
        <translation>Avresa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>Gästens kommentar</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (continued)</source>
        <translation>Gästens kommentar (forts.)</translation>
    </message>
    <message>
        <source>Cancellation, booking %1</source>
        <translation>Avbokning, bokning %1</translation>
    </message>
    <message>
        <source>Cancelled %1; still booked: %2.</source>
        <translation>Avbokad %1; kvar i bokningen: %2.</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>Avbokad %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <source>Cancellation, booking %1 (continued)</source>
        <translation>Avbokning, bokning %1 (forts.)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Avbokning</translation>
    </message>
    <message>
        <source>Booking %1 has no cancelled rows from the supplier %2 to report.</source>
        <translation>Bokning %1 har inga avbokade rader från leverantören %2 att rapportera.</translation>
    </message>
</context>
<context>
    <name>skranke::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
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
        <translation>Att betala:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Kontant: %1</translation>
    </message>
    <message>
        <source>Paid so far: %1 · in cash: %2</source>
        <translation>Betalt hittills: %1 · kontant: %2</translation>
    </message>
    <message>
        <source>Cash pays the rest: at least %1.</source>
        <translation>Kontant betalar resten: minst %1.</translation>
    </message>
    <message>
        <source>A card pays at most what is left: %1.</source>
        <translation>Ett kort betalar högst det som återstår: %1.</translation>
    </message>
    <message>
        <source>card terminal reference or value card number</source>
        <translation>kortterminalens referens eller värdekortets nummer</translation>
    </message>
    <message>
        <source>Value card (F3)</source>
        <translation>Värdekort (F3)</translation>
    </message>
    <message>
        <source>On invoice (F4)</source>
        <translation>På faktura (F4)</translation>
    </message>
    <message>
        <source>On invoice to %1 (F4)</source>
        <translation>På faktura till %1 (F4)</translation>
    </message>
    <message>
        <source>Attach a debtor to the sale first (Customer…).</source>
        <translation>Koppla först en kund till försäljningen (Kund …).</translation>
    </message>
    <message>
        <source>&amp;Reference / card no.:</source>
        <translation>&amp;Referens/kortnr:</translation>
    </message>
    <message>
        <source>Scan or type the value card&apos;s number in the reference field.</source>
        <translation>Skanna eller skriv värdekortets nummer i referensfältet.</translation>
    </message>
    <message>
        <source>The value card is empty.</source>
        <translation>Värdekortet är tomt.</translation>
    </message>
    <message>
        <source>An invoice takes the whole sale; take no other tender with it.</source>
        <translation>En faktura täcker hela försäljningen; kombinera den inte med något annat betalsätt.</translation>
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
        <translation>Värdekort</translation>
    </message>
    <message>
        <source>On invoice</source>
        <translation>På faktura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tender (cash, card).</source>
        <translation>”%1” är inget betalsätt (cash, card).</translation>
    </message>
</context>
<context>
    <name>skranke::TenderPlan</name>
    <message>
        <source>A tender must be in %1.</source>
        <translation>En betalning måste vara i %1.</translation>
    </message>
    <message>
        <source>A tender&apos;s amount must be more than 0.</source>
        <translation>En betalnings belopp måste vara över 0.</translation>
    </message>
    <message>
        <source>The tenders other than cash come to %1, more than the total %2.</source>
        <translation>Betalningarna utöver kontant blir %1, mer än totalen %2.</translation>
    </message>
    <message>
        <source>%1 is still to pay.</source>
        <translation>Det återstår fortfarande %1.</translation>
    </message>
    <message>
        <source>The cash given, %1, is less than the %2 to pay in cash.</source>
        <translation>Mottagna kontanter, %1, är mindre än de %2 som ska betalas kontant.</translation>
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation>Det finns inget kvar att betala kontant.</translation>
    </message>
</context>
<context>
    <name>skranke::TestTarget</name>
    <message>
        <source>the test accounting program needs an idempotency key</source>
        <translation>testbokföringsprogrammet behöver en idempotensnyckel</translation>
    </message>
    <message>
        <source>the test accounting program booked key %1 as voucher %2 already; voucher %3 came with the same key</source>
        <translation>testbokföringsprogrammet har redan bokfört nyckel %1 som verifikation %2; verifikation %3 kom med samma nyckel</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: its lines do not balance</source>
        <translation>testbokföringsprogrammet avvisade verifikation %1: dess rader balanserar inte</translation>
    </message>
    <message>
        <source>the test accounting program refused voucher %1: a line has no account</source>
        <translation>testbokföringsprogrammet avvisade verifikation %1: en rad saknar konto</translation>
    </message>
</context>
<context>
    <name>skranke::TillButtons</name>
    <message>
        <source>There is no product category %1.</source>
        <translation>Det finns ingen varugrupp %1.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is listed twice.</source>
        <translation>Varugruppen ”%1” står med två gånger.</translation>
    </message>
    <message>
        <source>List every product category once.</source>
        <translation>Ange varje varugrupp en gång.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPage</name>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Öppna skift …</translation>
    </message>
    <message>
        <source>Cash &amp;in/out…</source>
        <translation>Kontanter &amp;in/ut …</translation>
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
        <translation>&amp;Makulera rad (Del)</translation>
    </message>
    <message>
        <source>&amp;Pay (Enter)</source>
        <translation>&amp;Betala (Enter)</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>Kassa:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>No till is set up yet (skranke-cli till create).</source>
        <translation>Ingen kassa är upplagd ännu (skranke-cli till create).</translation>
    </message>
    <message>
        <source>Shift open since %1 · float %2</source>
        <translation>Skift öppet sedan %1 · växelkassa %2</translation>
    </message>
    <message>
        <source>No open shift: open one with the counted float.</source>
        <translation>Inget öppet skift: öppna ett med den räknade växelkassan.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
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
        <translation>Borttaget: %1</translation>
    </message>
    <message>
        <source>Receipt %1 · paid %2</source>
        <translation>Kvitto %1 · betalt %2</translation>
    </message>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Kvitto %1 · växel %2</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Skiftet har öppnats.</translation>
    </message>
    <message>
        <source>Z report %1: sales %2, expected cash %3, counted %4, difference %5.</source>
        <translation>Z-rapport %1: försäljning %2, förväntade kontanter %3, räknade %4, differens %5.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Öppna skift</translation>
    </message>
    <message>
        <source>Counted float in the drawer:</source>
        <translation>Räknad växelkassa i lådan:</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Kontanter in eller ut</translation>
    </message>
    <message>
        <source>Amount (negative takes cash out):</source>
        <translation>Belopp (negativt tar ut kontanter):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <source>Cash moved: %1</source>
        <translation>Flyttade kontanter: %1</translation>
    </message>
    <message>
        <source>Return receipt %1 · paid back %2</source>
        <translation>Returkvitto %1 · återbetalt %2</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Försäljning: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returer: %1, %2</translation>
    </message>
    <message>
        <source>Expected cash in the drawer: %1</source>
        <translation>Förväntade kontanter i lådan: %1</translation>
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
        <translation>Räknade kontanter i lådan:</translation>
    </message>
    <message>
        <source>Print each receipt</source>
        <translation>Skriv ut varje kvitto</translation>
    </message>
    <message>
        <source>Scan or type an EAN or item number · 3* sells three · Enter pays</source>
        <translation>Skanna eller skriv en EAN eller ett artikelnummer · 3* säljer tre · Enter betalar</translation>
    </message>
    <message>
        <source>C&amp;ustomer… (F5)</source>
        <translation>&amp;Kund … (F5)</translation>
    </message>
    <message>
        <source>&amp;Z report and close the shift…</source>
        <translation>&amp;Z-rapport och stäng skiftet …</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Skift</translation>
    </message>
    <message>
        <source>&amp;Debtor payment… (F8)</source>
        <translation>K&amp;undbetalning … (F8)</translation>
    </message>
    <message>
        <source>Valu&amp;e card… (F10)</source>
        <translation>&amp;Värdekort … (F10)</translation>
    </message>
    <message>
        <source>Dra&amp;wer (F9)</source>
        <translation>Kassa&amp;låda (F9)</translation>
    </message>
    <message>
        <source>&amp;Copy… (F11)</source>
        <translation>K&amp;opia … (F11)</translation>
    </message>
    <message>
        <source>Pri&amp;nt last (F12)</source>
        <translation>Skriv ut s&amp;enaste (F12)</translation>
    </message>
    <message>
        <source>P&amp;ark (F6)</source>
        <translation>&amp;Parkera (F6)</translation>
    </message>
    <message>
        <source>Reca&amp;ll… (F7)</source>
        <translation>&amp;Hämta parkerat … (F7)</translation>
    </message>
    <message>
        <source>Receipt %1 · invoice %2 to %3, %4</source>
        <translation>Kvitto %1 · faktura %2 till %3, %4</translation>
    </message>
    <message>
        <source>Debtor payments: %1</source>
        <translation>Kundbetalningar: %1</translation>
    </message>
    <message>
        <source>Value cards sold: %1</source>
        <translation>Sålda värdekort: %1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Värdekort</translation>
    </message>
    <message>
        <source>Amount to put on the card:</source>
        <translation>Belopp att ladda på kortet:</translation>
    </message>
    <message>
        <source>Scan the card&apos;s number, or leave it empty for a new number printed on the receipt:</source>
        <translation>Skanna kortets nummer, eller lämna tomt för ett nytt nummer som skrivs ut på kvittot:</translation>
    </message>
    <message>
        <source>No receipt has been rung up here yet; F11 prints a copy of any.</source>
        <translation>Inget kvitto har slagits in här ännu; F11 skriver ut en kopia av valfritt kvitto.</translation>
    </message>
    <message>
        <source>No customer (F5 attaches one)</source>
        <translation>Ingen kund (F5 kopplar en)</translation>
    </message>
    <message>
        <source>Customer: %1 (debtor %2)</source>
        <translation>Kund: %1 (kundnr %2)</translation>
    </message>
    <message>
        <source>Customer for this sale</source>
        <translation>Kund för den här försäljningen</translation>
    </message>
    <message>
        <source>Sale parked. F7 recalls it.</source>
        <translation>Försäljningen har parkerats. F7 hämtar den.</translation>
    </message>
    <message>
        <source>The cart is empty; there is nothing to park.</source>
        <translation>Varukorgen är tom; det finns inget att parkera.</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Parkera försäljning</translation>
    </message>
    <message>
        <source>A note to find it again (optional):</source>
        <translation>En anteckning för att hitta den igen (valfritt):</translation>
    </message>
    <message>
        <source>Finish or park the sale in the cart first.</source>
        <translation>Slutför eller parkera försäljningen i varukorgen först.</translation>
    </message>
    <message>
        <source>Parked sale recalled.</source>
        <translation>Den parkerade försäljningen har hämtats.</translation>
    </message>
    <message>
        <source>Debtor payment: who pays?</source>
        <translation>Kundbetalning: vem betalar?</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken.</source>
        <translation>Betalning på %1 från %2 har tagits emot.</translation>
    </message>
    <message>
        <source>Payment of %1 from %2 taken; %3 stands on the debtor.</source>
        <translation>Betalning på %1 från %2 har tagits emot; %3 står på kunden.</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Öppna kassalåda</translation>
    </message>
    <message>
        <source>Why is the drawer opened without a sale?</source>
        <translation>Varför öppnas kassalådan utan försäljning?</translation>
    </message>
    <message>
        <source>Drawer opened.</source>
        <translation>Kassalådan har öppnats.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Copy receipt</source>
        <translation>Kvittokopia</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Kvittonummer:</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Inbetalning</translation>
    </message>
</context>
<context>
    <name>skranke::TillPaymentDocument</name>
    <message>
        <source>Payment received</source>
        <translation>Inbetalning mottagen</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
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
        <translation>Reglerar</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>On your account for later invoices</source>
        <translation>Tillgodo på ditt konto</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
</context>
<context>
    <name>skranke::TillPayments</name>
    <message>
        <source>A debtor pays at the till in cash or by card.</source>
        <translation>En kund betalar i kassan kontant eller med kort.</translation>
    </message>
    <message>
        <source>The amount paid must be more than 0.</source>
        <translation>Det betalda beloppet måste vara över 0.</translation>
    </message>
    <message>
        <source>The amount must be in %1.</source>
        <translation>Beloppet måste vara i %1.</translation>
    </message>
    <message>
        <source>Cash is paid in whole multiples of %1.</source>
        <translation>Kontant betalas i jämna multiplar av %1.</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>Till %1, %2</source>
        <translation>Kassa %1, %2</translation>
    </message>
    <message>
        <source>There is no till payment %1.</source>
        <translation>Det finns ingen inbetalning %1 i kassan.</translation>
    </message>
</context>
<context>
    <name>skranke::TillPrinter</name>
    <message>
        <source>The printer %1 cannot print.</source>
        <translation>Skrivaren %1 kan inte skriva ut.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>Skrivaren %1 rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kunde inte spara %1.</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Utskrivet på %1.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; saved as %1.</source>
        <translation>Ingen skrivare är installerad på den här datorn; sparat som %1.</translation>
    </message>
</context>
<context>
    <name>skranke::TillReportDocument</name>
    <message>
        <source>Z report no. %1</source>
        <translation>Z-rapport nr %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Skift öppnat</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Skift stängt</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Försäljning (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returer (%1)</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoförsäljning</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Of which cash rounding</source>
        <translation>Varav kontantavrundning</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>VAT %1 % of %2</source>
        <translation>Moms %1 % av %2</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Ingen försäljning</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Kontanter i lådan</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Växelkassa</translation>
    </message>
    <message>
        <source>Cash tenders</source>
        <translation>Kontantbetalningar</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kontanter in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kontanter ut</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Förväntade kontanter</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Räknade kontanter</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <source>Running totals; the shift is open.</source>
        <translation>Löpande summor; skiftet är öppet.</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover)</source>
        <translation>Varav sålda värdekort (ej omsättning)</translation>
    </message>
    <message>
        <source>Debtor payments</source>
        <translation>Kundbetalningar</translation>
    </message>
    <message>
        <source>Debtor payments in cash</source>
        <translation>Kundbetalningar kontant</translation>
    </message>
</context>
<context>
    <name>skranke::TillReports</name>
    <message>
        <source>The counted cash is what is in the drawer: 0 or more.</source>
        <translation>De räknade kontanterna är det som ligger i lådan: 0 eller mer.</translation>
    </message>
    <message>
        <source>Count the cash in %1.</source>
        <translation>Räkna kontanterna i %1.</translation>
    </message>
    <message>
        <source>Till %1 has no Z report %2.</source>
        <translation>Kassa %1 har ingen Z-rapport %2.</translation>
    </message>
</context>
<context>
    <name>skranke::TillService</name>
    <message>
        <source>A till&apos;s ID has 1 to 20 characters.</source>
        <translation>En kassas ID har 1 till 20 tecken.</translation>
    </message>
    <message>
        <source>The till&apos;s name is required.</source>
        <translation>Kassans namn måste anges.</translation>
    </message>
    <message>
        <source>There is a till &quot;%1&quot; already.</source>
        <translation>Det finns redan en kassa ”%1”.</translation>
    </message>
    <message>
        <source>There is no till &quot;%1&quot;.</source>
        <translation>Det finns ingen kassa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Till %1 has no open shift; open one with a counted float first.</source>
        <translation>Kassa %1 har inget öppet skift; öppna ett med en räknad växelkassa först.</translation>
    </message>
    <message>
        <source>The float is the cash counted in the drawer: 0 or more.</source>
        <translation>Växelkassan är kontanterna som räknats i lådan: 0 eller mer.</translation>
    </message>
    <message>
        <source>Till %1 has an open shift already; close it with a Z report first.</source>
        <translation>Kassa %1 har redan ett öppet skift; stäng det med en Z-rapport först.</translation>
    </message>
    <message>
        <source>Enter the amount moved.</source>
        <translation>Ange beloppet som flyttas.</translation>
    </message>
    <message>
        <source>Say why the cash is moved.</source>
        <translation>Ange varför kontanterna flyttas.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Ange varför kassalådan öppnas utan försäljning.</translation>
    </message>
</context>
<context>
    <name>skranke::TillSettingsPage</name>
    <message>
        <source>The till shows a tab of product buttons for each ticked category, in this order. Products of the other categories are still sold by scanning or typing their number.</source>
        <translation>Kassan visar en flik med varuknappar för varje markerad varugrupp, i den här ordningen. Varor i de andra grupperna säljs fortfarande genom att skanna eller skriva varunumret.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Only a user with the right to edit settings can change this.</source>
        <translation>Bara en användare med rätt att ändra inställningar kan ändra detta.</translation>
    </message>
    <message>
        <source>Saved. The till shows the new buttons when it is opened next.</source>
        <translation>Sparat. Kassan visar de nya knapparna nästa gång den öppnas.</translation>
    </message>
    <message>
        <source>%1 (booked in the schedule, no buttons)</source>
        <translation>%1 (bokas i schemat, inga knappar)</translation>
    </message>
</context>
<context>
    <name>skranke::TillVouchers</name>
    <message>
        <source>Receipt %1-%2</source>
        <translation>Kvitto %1-%2</translation>
    </message>
    <message>
        <source>Till sale</source>
        <translation>Kassaförsäljning</translation>
    </message>
    <message>
        <source>Till return</source>
        <translation>Kassaretur</translation>
    </message>
    <message>
        <source>Cash in/out at till %1: %2</source>
        <translation>Kontanter in/ut i kassa %1: %2</translation>
    </message>
    <message>
        <source>Z report %1-%2</source>
        <translation>Z-rapport %1-%2</translation>
    </message>
    <message>
        <source>Cash counted differs from expected</source>
        <translation>Räknade kontanter skiljer sig från de förväntade</translation>
    </message>
</context>
<context>
    <name>skranke::TransferQueue</name>
    <message>
        <source>Another transfer to the accounting program is running; the vouchers are sent when it is done.</source>
        <translation>En annan överföring till bokföringsprogrammet pågår; verifikationerna skickas när den är klar.</translation>
    </message>
    <message>
        <source>Voucher %1 could not be sent (%2); the vouchers after it wait until it is restarted.</source>
        <translation>Verifikation %1 kunde inte skickas (%2); verifikationerna efter den väntar tills den startas om.</translation>
    </message>
    <message>
        <source>Another worker took over the transfer.</source>
        <translation>En annan process tog över överföringen.</translation>
    </message>
    <message>
        <source>a line has no account</source>
        <translation>en rad saknar konto</translation>
    </message>
</context>
<context>
    <name>skranke::TransferTargets</name>
    <message>
        <source>Unknown accounting target &quot;%1&quot;; Skranke knows %2.</source>
        <translation>Okänt bokföringsmål &quot;%1&quot;; Skranke känner till %2.</translation>
    </message>
</context>
<context>
    <name>skranke::UserService</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Det finns ingen användare &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Användarnamnet måste vara 1–32 små bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; och börja med en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN-koden måste vara 4 till 8 siffror.</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters.</source>
        <translation>Lösenordet måste vara minst 8 tecken.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>Det finns ingen roll &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Namnet måste fyllas i.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>Användarnamnet &quot;%1&quot; är upptaget.</translation>
    </message>
    <message>
        <source>The owner already exists.</source>
        <translation>Ägaren finns redan.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Du kan inte inaktivera dig själv.</translation>
    </message>
    <message>
        <source>The last owner cannot be deactivated.</source>
        <translation>Den sista ägaren kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Du kan inte ändra din egen roll.</translation>
    </message>
</context>
<context>
    <name>skranke::UsersSettingsPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare …</translation>
    </message>
    <message>
        <source>Change &amp;PIN/password…</source>
        <translation>Byt &amp;PIN-kod/lösenord …</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Byt r&amp;oll …</translation>
    </message>
    <message>
        <source>Ac&amp;tivate/deactivate</source>
        <translation>Ak&amp;tivera/inaktivera</translation>
    </message>
    <message>
        <source>Adding and changing other users takes the right &quot;%1&quot;.</source>
        <translation>Att lägga till och ändra andra användare kräver behörigheten &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <source>New PIN (4–8 digits) for %1:</source>
        <translation>Ny PIN-kod (4–8 siffror) för %1:</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>Upprepa den nya PIN-koden:</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De två PIN-koderna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Byt roll</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Ny roll för %1:</translation>
    </message>
</context>
<context>
    <name>skranke::ValueCardDialog</name>
    <message>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Refund put on</source>
        <translation>Återbetalning till kortet</translation>
    </message>
    <message>
        <source>Card returned</source>
        <translation>Kort returnerat</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Onlinebeställning</translation>
    </message>
    <message>
        <source>Value card</source>
        <translation>Värdekort</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s number and press Enter</source>
        <translation>Skanna eller skriv kortets nummer och tryck Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Till / receipt</source>
        <translation>Kassa / kvitto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Card %1: %2 left</source>
        <translation>Kort %1: %2 kvar</translation>
    </message>
</context>
<context>
    <name>skranke::ValueCards</name>
    <message>
        <source>A value card number has digits and letters only: &quot;%1&quot;.</source>
        <translation>Ett värdekortsnummer får bara innehålla siffror och bokstäver: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the value card&apos;s number.</source>
        <translation>Ange värdekortets nummer.</translation>
    </message>
    <message>
        <source>A value card number has at most 32 characters.</source>
        <translation>Ett värdekortsnummer får vara högst 32 tecken.</translation>
    </message>
    <message>
        <source>No value card has the number %1.</source>
        <translation>Inget värdekort har numret %1.</translation>
    </message>
    <message>
        <source>Put more than 0 on a value card.</source>
        <translation>Ladda mer än 0 på ett värdekort.</translation>
    </message>
    <message>
        <source>Value card %1 holds %2, not %3.</source>
        <translation>Värdekort %1 har saldot %2, inte %3.</translation>
    </message>
    <message>
        <source>Value card %1 has %2 left, not %3.</source>
        <translation>Värdekort %1 har %2 kvar, inte %3.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherDialog</name>
    <message>
        <source>Voucher</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Verifikation %1</translation>
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
        <translation>Datum</translation>
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
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>The key the accounting program sees the voucher by</source>
        <translation>Nyckeln som bokföringsprogrammet känner igen verifikationen med</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Momskod</translation>
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
        <translation>Inget konto för %1</translation>
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
        <translation>Inte markerad för överföring</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>I kö %1</translation>
    </message>
    <message>
        <source>Transferred %1 as %2</source>
        <translation>Överförd %1 som %2</translation>
    </message>
    <message>
        <source>Transferred to %1 %2 as %3</source>
        <translation>Överförd till %1 %2 som %3</translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>Misslyckad %1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherListPage</name>
    <message>
        <source>All states</source>
        <translation>Alla tillstånd</translation>
    </message>
    <message>
        <source>Number, document or text</source>
        <translation>Nummer, dokument eller text</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>T&amp;illstånd:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Mark all</source>
        <translation>Markera a&amp;lla</translation>
    </message>
    <message>
        <source>Select every voucher of the list</source>
        <translation>Markera alla verifikationer i listan</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>För ö&amp;ver</translation>
    </message>
    <message>
        <source>Queue the selected pending vouchers for the accounting program</source>
        <translation>Lägg de markerade väntande verifikationerna i kö för bokföringsprogrammet</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Starta o&amp;m</translation>
    </message>
    <message>
        <source>Look up the accounts of the selected failed vouchers again and queue them</source>
        <translation>Slå upp kontona för de markerade misslyckade verifikationerna igen och lägg dem i kö</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Skicka &amp;nu</translation>
    </message>
    <message>
        <source>Restart &amp;all</source>
        <translation>&amp;Starta om alla</translation>
    </message>
    <message>
        <source>Restart every failed voucher, of any period</source>
        <translation>Starta om varje misslyckad verifikation, från vilken period som helst</translation>
    </message>
    <message>
        <source>%1 of %2 vouchers loaded</source>
        <translation>%1 av %2 verifikationer inlästa</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n verifikation</numerusform>
            <numerusform>%n verifikationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the queued vouchers (%1) to the accounting program now</source>
        <translation>Skicka verifikationerna i kö (%1) till bokföringsprogrammet nu</translation>
    </message>
    <message>
        <source>No accounting program is set up: see Settings → Accounting</source>
        <translation>Inget bokföringsprogram är inställt: se Inställningar → Bokföring</translation>
    </message>
    <message>
        <source>Only the first %1 vouchers are marked; choose a shorter period for the rest.</source>
        <translation>Bara de första %1 verifikationerna har markerats; välj en kortare period för resten.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued for transfer.</source>
        <translation>
            <numerusform>%n verifikation lagd i kö för överföring.</numerusform>
            <numerusform>%n verifikationer lagda i kö för överföring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 vouchers queued again; the others still fail (see Reason).</source>
        <translation>%1 av %2 verifikationer har lagts i kö igen; de övriga misslyckas fortfarande (se Orsak).</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) queued again.</source>
        <translation>
            <numerusform>%n verifikation lagd i kö igen.</numerusform>
            <numerusform>%n verifikationer lagda i kö igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) queued again.</source>
        <translation>
            <numerusform>%n misslyckad verifikation lagd i kö igen.</numerusform>
            <numerusform>%n misslyckade verifikationer lagda i kö igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another transfer is running; try again in a moment.</source>
        <translation>En annan överföring pågår; försök igen om en stund.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) transferred</source>
        <translation>
            <numerusform>%n verifikation överförd</numerusform>
            <numerusform>%n verifikationer överförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n misslyckad</numerusform>
            <numerusform>, %n misslyckade</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n voucher(s) to the accounting program …</source>
        <translation>
            <numerusform>Skickar %n verifikation till bokföringsprogrammet …</numerusform>
            <numerusform>Skickar %n verifikationer till bokföringsprogrammet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Making vouchers for what was posted since last time … the list shows them when they are made.</source>
        <translation>Skapar verifikationer för det som bokförts sedan sist … listan visar dem när de är klara.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherStore</name>
    <message>
        <source>The voucher series is missing.</source>
        <translation>Verifikationsserien saknas.</translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation>Det finns ingen verifikation %1.</translation>
    </message>
</context>
<context>
    <name>skranke::VoucherTexts</name>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Överförd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Target unreachable</source>
        <translation>Målet kan inte nås</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Kvoten förbrukad</translation>
    </message>
    <message>
        <source>Missing mapping</source>
        <translation>Saknad kontering</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Till receipt</source>
        <translation>Kassakvitto</translation>
    </message>
    <message>
        <source>Debtor payment</source>
        <translation>Kundbetalning</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Avskrivning</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Online order capture</source>
        <translation>Kortdragning för webborder</translation>
    </message>
    <message>
        <source>Online order refund</source>
        <translation>Återbetalning av webborder</translation>
    </message>
    <message>
        <source>Cash in/out</source>
        <translation>Kontanter in/ut</translation>
    </message>
    <message>
        <source>Z-report difference</source>
        <translation>Differens i Z-rapport</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Utbetalning</translation>
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
        <translation>Landets standardkontoplan och kontering installeras första gången verifikationer skapas (accounting vouchers).</translation>
    </message>
    <message>
        <source>%1 is no longer mapped.</source>
        <translation>%1 är inte längre konterad.</translation>
    </message>
    <message>
        <source>%1 now goes to account %2.</source>
        <translation>%1 går nu till konto %2.</translation>
    </message>
    <message>
        <source>The chart of accounts is empty: the country&apos;s default chart and mapping are installed the first time vouchers are made (accounting vouchers).</source>
        <translation>Kontoplanen är tom: landets standardkontoplan och kontering installeras första gången verifikationer skapas (accounting vouchers).</translation>
    </message>
    <message>
        <source>Give --auto-from DATE or --auto-off, not both.</source>
        <translation>Ange --auto-from DATUM eller --auto-off, inte båda.</translation>
    </message>
    <message>
        <source>accounting %1 takes no --%2.</source>
        <translation>accounting %1 tar inget --%2.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE and --to DATE.</source>
        <translation>Ange perioden med --from DATUM och --to DATUM.</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) får inte vara före --from (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a voucher number.</source>
        <translation>&quot;%1&quot; är inte ett verifikationsnummer.</translation>
    </message>
    <message>
        <source>There is no voucher number %1.</source>
        <translation>Det finns inget verifikationsnummer %1.</translation>
    </message>
    <message>
        <source>--state must be pending, queued, transferred or failed, not &quot;%1&quot;.</source>
        <translation>--state måste vara pending, queued, transferred eller failed, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--category must be sale, payment, refund, payout or other, not &quot;%1&quot;.</source>
        <translation>--category måste vara sale, payment, refund, payout eller other, inte &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n new voucher(s) made.</source>
        <translation>
            <numerusform>%n ny verifikation skapad.</numerusform>
            <numerusform>%n nya verifikationer skapade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vouchers match.</source>
        <translation>Inga verifikationer matchar.</translation>
    </message>
    <message>
        <source>--target must be one of %1, not &quot;%2&quot;.</source>
        <translation>--target måste vara ett av %1, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give --mark-from and --mark-to together: the period whose pending vouchers to transfer.</source>
        <translation>Ange --mark-from och --mark-to tillsammans: perioden vars väntande verifikationer ska föras över.</translation>
    </message>
    <message>
        <source>--mark-to (%1) must not be before --mark-from (%2).</source>
        <translation>--mark-to (%1) får inte vara före --mark-from (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed voucher(s) restarted.</source>
        <translation>
            <numerusform>%n misslyckad verifikation startades om.</numerusform>
            <numerusform>%n misslyckade verifikationer startades om.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending voucher(s) dated %1 – %2 marked for transfer.</source>
        <translation>
            <numerusform>%n väntande verifikation daterad %1 – %2 markerad för överföring.</numerusform>
            <numerusform>%n väntande verifikationer daterade %1 – %2 markerade för överföring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) failed and wait: see &quot;accounting vouchers --state failed&quot;, then map the accounts and restart them (accounting transfer --restart-failed).</source>
        <translation>
            <numerusform>%n verifikation misslyckades och väntar: se &quot;accounting vouchers --state failed&quot;, kontera sedan kontona och starta om den (accounting transfer --restart-failed).</numerusform>
            <numerusform>%n verifikationer misslyckades och väntar: se &quot;accounting vouchers --state failed&quot;, kontera sedan kontona och starta om dem (accounting transfer --restart-failed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) restarted.</source>
        <translation>
            <numerusform>%n verifikation startades om.</numerusform>
            <numerusform>%n verifikationer startades om.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export format must be one of %1, not &quot;%2&quot;.</source>
        <translation>Exportformatet måste vara ett av %1, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>accounting export needs -o FILE: where to write it.</source>
        <translation>accounting export kräver -o FIL: var den ska skrivas.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n voucher(s) dated %1 – %2 to %3.</source>
        <translation>
            <numerusform>Skrev %n verifikation daterad %1 – %2 till %3.</numerusform>
            <numerusform>Skrev %n verifikationer daterade %1 – %2 till %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Betalningssätt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Reference / reason</source>
        <translation>Referens / orsak</translation>
    </message>
    <message>
        <source>Voucher %1, %2: %3</source>
        <translation>Verifikation %1, %2: %3</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation>Dokument: %1 (%2)</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Belopp: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Betalningssätt: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tillstånd: %1</translation>
    </message>
    <message>
        <source>Transferred to %1 at %2, reference %3</source>
        <translation>Överförd till %1 den %2, referens %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckad: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Försök: %1</translation>
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
        <translation>inte konterad (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Another transfer is running right now; nothing was sent. Try again shortly.</source>
        <translation>En annan överföring pågår just nu; ingenting skickades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Transferred: %1, failed: %2.</source>
        <translation>Överförda: %1, misslyckade: %2.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppades: %1</translation>
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
        <translation>inget (verifikationer exporteras bara)</translation>
    </message>
    <message>
        <source>Automatic transfer: %1</source>
        <translation>Automatisk överföring: %1</translation>
    </message>
    <message>
        <source>on, for vouchers dated from %1</source>
        <translation>på, för verifikationer daterade från och med %1</translation>
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
        <translation>REST-nyckel: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>set</source>
        <translation>angiven</translation>
    </message>
    <message>
        <source>REST timeout: %1 s</source>
        <translation>REST-väntetid: %1 s</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Precisering</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>inte konterad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktivt)</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Availability</name>
    <message>
        <source>The product: its item number or ID.</source>
        <translation>Produkten: dess artikelnummer eller ID.</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>Första dagen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Sista dagen (högst ett år efter den första).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli availability --product NUMBER|ID --from DATE --to DATE
Free units of the product on each day from --from to --to; below 0 when overbooked.</source>
        <translation>Användning: skranke-cli availability --product NUMMER|ID --from DATUM --to DATUM
Lediga enheter av produkten varje dag från --from till --to; under 0 vid överbokning.</translation>
    </message>
    <message>
        <source>%1 is not booked over time.</source>
        <translation>%1 bokas inte över tid.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to får inte vara före --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Högst %1 dagar åt gången.</translation>
    </message>
    <message>
        <source>%1 (%2), capacity %3</source>
        <translation>%1 (%2), kapacitet %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Lediga</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Backup</name>
    <message>
        <source>The new backup file (must not exist).</source>
        <translation>Den nya säkerhetskopian (får inte finnas).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] backup FILE</source>
        <translation>Användning: skranke-cli [--db FIL] backup FIL</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Säkerhetskopierade %1 till %2.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BalanceList</name>
    <message>
        <source>Not due</source>
        <translation>Ej förfallen</translation>
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
        <translation>Över %1</translation>
    </message>
    <message>
        <source>The date the balances are as of.</source>
        <translation>Datumet som saldona avser.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Days per aging interval.</source>
        <translation>Dagar per åldersintervall.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Första kund-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Sista kund-ID.</translation>
    </message>
    <message>
        <source>Each open item under its debtor.</source>
        <translation>Varje öppen post under sin kund.</translation>
    </message>
    <message>
        <source>Debtors with balance 0 too.</source>
        <translation>Även kunder med saldo 0.</translation>
    </message>
    <message>
        <source>Write CSV to FILE.</source>
        <translation>Skriv CSV till FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-avgränsare: &apos;;&apos;, &apos;,&apos; eller tabb.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>--interval must be a number of days.</source>
        <translation>--interval måste vara ett antal dagar.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediteringar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Write a PDF to FILE.</source>
        <translation>Skriv en PDF till FIL.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to ID] [--specified] [--include-zero] [--csv FILE [--separator S]] [--pdf FILE]</source>
        <translation>Användning: skranke-cli balance-list --as-of D [--interval N] [--debtor-from ID] [--debtor-to ID] [--specified] [--include-zero] [--csv FIL [--separator S]] [--pdf FIL]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Booking</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 måste anges.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID (a whole number above 0).</source>
        <translation>&quot;%1&quot; är inte ett ID (ett heltal större än 0).</translation>
    </message>
    <message>
        <source>--%1 is too large: %2.</source>
        <translation>--%1 är för stort: %2.</translation>
    </message>
    <message>
        <source>No product has the item number or ID &quot;%1&quot;.</source>
        <translation>Ingen produkt har artikelnumret eller ID:t &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Det finns ingen produkt %1.</translation>
    </message>
    <message>
        <source>manual price</source>
        <translation>manuellt pris</translation>
    </message>
    <message>
        <source>overbooked</source>
        <translation>överbokad</translation>
    </message>
    <message>
        <source>repeats monthly</source>
        <translation>upprepas varje månad</translation>
    </message>
    <message>
        <source>under row %1</source>
        <translation>under rad %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>reglerad</translation>
    </message>
    <message>
        <source>guests %1</source>
        <translation>gäster %1</translation>
    </message>
    <message>
        <source>Where the booking came from (create, edit).</source>
        <translation>Var bokningen kom ifrån (create, edit).</translation>
    </message>
    <message>
        <source>Who referred the customer (create, edit).</source>
        <translation>Vem som hänvisade gästen (create, edit).</translation>
    </message>
    <message>
        <source>The campaign (create, edit).</source>
        <translation>Kampanjen (create, edit).</translation>
    </message>
    <message>
        <source>The customer&apos;s comment (create, edit); the payment&apos;s comment (pay).</source>
        <translation>Gästens kommentar (create, edit); betalningens kommentar (pay).</translation>
    </message>
    <message>
        <source>An internal note (create, edit).</source>
        <translation>En intern anteckning (create, edit).</translation>
    </message>
    <message>
        <source>A message printed on the booking&apos;s invoices (create, edit).</source>
        <translation>Ett meddelande som skrivs på bokningens fakturor (create, edit).</translation>
    </message>
    <message>
        <source>Booking %1 created.</source>
        <translation>Bokning %1 har skapats.</translation>
    </message>
    <message>
        <source>Booking %1 saved.</source>
        <translation>Bokning %1 har sparats.</translation>
    </message>
    <message>
        <source>Booking %1, no customer yet</source>
        <translation>Bokning %1, ingen gäst ännu</translation>
    </message>
    <message>
        <source>Booking %1 for %2 (customer %3)</source>
        <translation>Bokning %1 för %2 (gäst %3)</translation>
    </message>
    <message>
        <source>Purpose: %1  Source: %2  Booked by: %3</source>
        <translation>Syfte: %1  Källa: %2  Bokad av: %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Deposit due: %1  Final due: %2</source>
        <translation>Handpenning förfaller: %1  Slutbetalning förfaller: %2</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Inga rader.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>Total %1 %2, paid %3</source>
        <translation>Totalt %1 %2, betalt %3</translation>
    </message>
    <message>
        <source>Invoice %1 of %2, due %3: %4</source>
        <translation>Faktura %1 daterad %2, förfaller %3: %4</translation>
    </message>
    <message>
        <source>Payment %1 on %2: %3 (%4) %5</source>
        <translation>Betalning %1 den %2: %3 (%4) %5</translation>
    </message>
    <message>
        <source>Failed payment %1 on %2: %3 (%4) %5</source>
        <translation>Misslyckad betalning %1 den %2: %3 (%4) %5</translation>
    </message>
    <message numerus="yes">
        <source>Booking %1 copied to booking %2 (%n row(s)).</source>
        <translation>
            <numerusform>Bokning %1 kopierad till bokning %2 (%n rad).</numerusform>
            <numerusform>Bokning %1 kopierad till bokning %2 (%n rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The customer the booking is for (create, edit).</source>
        <translation>Gästen som bokningen gäller (create, edit).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The purpose: %1 (create, edit).</source>
        <translation>Syftet: %1 (create, edit).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>Tags of the booking (create, edit) or the row (row).</source>
        <translation>Taggar för bokningen (create, edit) eller raden (row).</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGGAR</translation>
    </message>
    <message>
        <source>When the deposit is due (create, edit).</source>
        <translation>När handpenningen förfaller (create, edit).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>When the whole amount is due (create, edit).</source>
        <translation>När hela beloppet förfaller (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier a report of the booking (create, edit).</source>
        <translation>Skicka en rapport om bokningen till leverantören (create, edit).</translation>
    </message>
    <message>
        <source>Send the supplier no report (edit).</source>
        <translation>Skicka ingen rapport till leverantören (edit).</translation>
    </message>
    <message>
        <source>The product booked: its item number or ID (row add, row edit).</source>
        <translation>Den bokade produkten: dess artikelnummer eller ID (row add, row edit).</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>Arrival: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by the hour (row).</source>
        <translation>Ankomst: YYYY-MM-DD, eller YYYY-MM-DDTHH:MM för produkter som bokas per timme (row).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>NÄR</translation>
    </message>
    <message>
        <source>Departure, as the arrival (row).</source>
        <translation>Avresa, i samma format som ankomsten (row).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1 (row).</source>
        <translation>Gäster per kategori, t.ex. adult:2,child:1 (row).</translation>
    </message>
    <message>
        <source>GUESTS</source>
        <translation>GÄSTER</translation>
    </message>
    <message>
        <source>A manual price for the row including VAT, instead of the price table&apos;s (row).</source>
        <translation>Ett manuellt pris för raden inklusive moms, i stället för pristabellens (row).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Drop the manual price and use the price table&apos;s (row edit).</source>
        <translation>Ta bort det manuella priset och använd pristabellens (row edit).</translation>
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
        <translation>Enheten som ska bokas; standard den första lediga (row).</translation>
    </message>
    <message>
        <source>The row this row belongs under (row).</source>
        <translation>Raden som den här raden hör till (row).</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>RAD</translation>
    </message>
    <message>
        <source>The invoice text; default the product&apos;s name (row).</source>
        <translation>Fakturatexten; standard produktens namn (row).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A long-term rental that repeats monthly (row, with --status long_term).</source>
        <translation>En långtidshyra som upprepas varje månad (row, med --status long_term).</translation>
    </message>
    <message>
        <source>Book even when the product is fully booked; needs the overbooking right (row).</source>
        <translation>Boka även när produkten är fullbokad; kräver behörighet att överboka (row).</translation>
    </message>
    <message>
        <source>The amount paid (pay).</source>
        <translation>Det betalda beloppet (pay).</translation>
    </message>
    <message>
        <source>How it was paid, e.g. bank or card (pay; default bank).</source>
        <translation>Hur det betalades, t.ex. bank eller card (pay; standard bank).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METOD</translation>
    </message>
    <message>
        <source>The payment&apos;s transaction ID (pay).</source>
        <translation>Betalningens transaktions-ID (pay).</translation>
    </message>
    <message>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <source>The month to run (run-recurring).</source>
        <translation>Månaden som ska köras (run-recurring).</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Invoice %1 for booking %2: %3 %4, due %5.</source>
        <translation>Faktura %1 för bokning %2: %3 %4, förfaller %5.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid of %3 %4.</source>
        <translation>Bokning %1: %2 betalt av %3 %4.</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>Helt betald.</translation>
    </message>
    <message>
        <source>Not paid in full.</source>
        <translation>Inte helt betald.</translation>
    </message>
    <message>
        <source>Final now: row %1.</source>
        <translation>Nu bekräftad: rad %1.</translation>
    </message>
    <message>
        <source>--month must be a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month måste vara en månad som YYYY-MM, inte &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) created for %1.</source>
        <translation>
            <numerusform>%n rad skapad för %1.</numerusform>
            <numerusform>%n rader skapade för %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: %1.</source>
        <translation>Fakturor: %1.</translation>
    </message>
    <message>
        <source>Already run for the month: booking %1.</source>
        <translation>Redan körd för månaden: bokning %1.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) måste vara efter --arrival (%2).</translation>
    </message>
    <message>
        <source>Give --price or --offered-price, not both.</source>
        <translation>Ange --price eller --offered-price, inte båda.</translation>
    </message>
    <message>
        <source>Row %1 added to booking %2: %3, %4 – %5.</source>
        <translation>Rad %1 tillagd i bokning %2: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Row %1 of booking %2 saved: %3, %4 – %5.</source>
        <translation>Rad %1 i bokning %2 sparad: %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Price %1 %2</source>
        <translation>Pris %1 %2</translation>
    </message>
    <message>
        <source> (manual; the price table offers %1)</source>
        <translation> (manuellt; pristabellen anger %1)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>inget pris</translation>
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
        <translation>Överbokad.</translation>
    </message>
    <message>
        <source>A row stays in its booking: row edit takes no --booking.</source>
        <translation>En rad stannar i sin bokning: row edit tar ingen --booking.</translation>
    </message>
    <message>
        <source>The bank account to pay back to: reg. no. and account, a Norwegian account number or an IBAN (refund).</source>
        <translation>Bankkontot att återbetala till: reg.nr och konto, ett norskt kontonummer eller ett IBAN (refund).</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>Pay back to the card (refund).</source>
        <translation>Återbetala till kortet (refund).</translation>
    </message>
    <message>
        <source>The booking to move the payment to (transfer).</source>
        <translation>Bokningen som betalningen ska flyttas till (transfer).</translation>
    </message>
    <message>
        <source>Give either --account or --card.</source>
        <translation>Ange antingen --account eller --card.</translation>
    </message>
    <message>
        <source>Booking %1: %2 paid back; %3 still refundable.</source>
        <translation>Bokning %1: %2 återbetalt; %3 kan fortfarande återbetalas.</translation>
    </message>
    <message>
        <source>%1 moved from booking %2 (now paid %3) to booking %4 (now paid %5).</source>
        <translation>%1 flyttat från bokning %2 (nu betalt %3) till bokning %4 (nu betalt %5).</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>AVVISAD</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>Inget att göra den %1.</translation>
    </message>
    <message>
        <source>A preview: nothing was done.</source>
        <translation>En förhandsvisning: inget har gjorts.</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>
            <numerusform>%n e-postmeddelande har lagts i utkorgen; &quot;skranke-cli mail send&quot; skickar det.</numerusform>
            <numerusform>%n e-postmeddelanden har lagts i utkorgen; &quot;skranke-cli mail send&quot; skickar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the customer pays, e.g. invoice or card (create, edit).</source>
        <translation>Hur gästen betalar, t.ex. invoice eller card (create, edit).</translation>
    </message>
    <message>
        <source>The booking is invoiced (default yes).</source>
        <translation>Bokningen faktureras (standard ja).</translation>
    </message>
    <message>
        <source>run-billing emails new invoices to the customer (default yes).</source>
        <translation>run-billing skickar nya fakturor med e-post till gästen (standard ja).</translation>
    </message>
    <message>
        <source>run-billing invoices rows not yet invoiced (default yes).</source>
        <translation>run-billing fakturerar rader som inte är fakturerade ännu (standard ja).</translation>
    </message>
    <message>
        <source>run-billing lists overdue invoices for a reminder (default yes).</source>
        <translation>run-billing listar förfallna fakturor för påminnelse (standard ja).</translation>
    </message>
    <message>
        <source>Rows are settled when the booking is paid in full (default yes).</source>
        <translation>Raderna regleras när bokningen är helt betald (standard ja).</translation>
    </message>
    <message>
        <source>run-billing cancels the booking when the deposit or the total is not paid by its due date (default no).</source>
        <translation>run-billing avbokar bokningen när handpenningen eller totalen inte är betald till sitt förfallodatum (standard nej).</translation>
    </message>
    <message>
        <source>Give --%1 or --no-%1, not both.</source>
        <translation>Ange --%1 eller --no-%1, inte båda.</translation>
    </message>
    <message>
        <source>The booking the row is added to (row add); the booking to cancel (cancel).</source>
        <translation>Bokningen som raden läggs till i (row add); bokningen som ska avbokas (cancel).</translation>
    </message>
    <message>
        <source>The row to cancel (cancel).</source>
        <translation>Raden som ska avbokas (cancel).</translation>
    </message>
    <message>
        <source>Why it is cancelled; required (cancel).</source>
        <translation>Varför den avbokas; obligatoriskt (cancel).</translation>
    </message>
    <message>
        <source>Charge none of the cancellation fee the product&apos;s rules suggest (cancel).</source>
        <translation>Ta inte ut något av den avbokningsavgift som produktens regler föreslår (cancel).</translation>
    </message>
    <message>
        <source>Cancel the row&apos;s package parts and accessories too (cancel).</source>
        <translation>Avboka även radens paketdelar och tillbehör (cancel).</translation>
    </message>
    <message>
        <source>How many units (row; default 1); how many of the row&apos;s units to cancel (cancel; default all).</source>
        <translation>Hur många enheter (row; standard 1); hur många av radens enheter som ska avbokas (cancel; standard alla).</translation>
    </message>
    <message>
        <source>Invoice or payment date; for run-recurring and run-billing the invoice date (default: today).</source>
        <translation>Faktura- eller betalningsdatum; för run-recurring och run-billing fakturadatumet (standard: i dag).</translation>
    </message>
    <message>
        <source>Only list what the run would do (run-billing).</source>
        <translation>Visa bara vad körningen skulle göra (run-billing).</translation>
    </message>
    <message>
        <source>The opposite of --%1.</source>
        <translation>Motsatsen till --%1.</translation>
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
        <translation>Användning: skranke-cli --user JAG booking create [--customer ID] [--purpose NYCKEL] [--source S] [--referrer R] [--campaign C] [--tags T] [--comment TEXT] [--note TEXT] [--deposit-due D] [--final-due D] [--invoice-message TEXT] [--payment-method M] [--supplier-report] [--[no-]invoice] [--[no-]send-invoice] [--[no-]generate-invoice] [--[no-]generate-reminder] [--[no-]settle-booking] [--[no-]cancel-on-missing-payment]
             skranke-cli --user JAG booking edit ID [samma flaggor] [--no-supplier-report]
             skranke-cli booking show ID
             skranke-cli --user JAG booking copy ID
             skranke-cli --user JAG booking row add --booking ID --product NUMMER|ID --arrival NÄR --departure NÄR [--quantity N] [--guests adult:2,child:1] [--price BELOPP] [--status STATUS] [--resource ID] [--parent RAD] [--text TEXT] [--tags T] [--recurring] [--overbook]
             skranke-cli --user JAG booking row edit RAD [samma flaggor utom --booking] [--offered-price]
             skranke-cli --user JAG booking invoice ID [--date D]
             skranke-cli --user JAG booking pay ID --amount B [--date D] [--method M] [--reference TXID] [--comment C]
             skranke-cli --user JAG booking run-recurring --month YYYY-MM [--date D]
             skranke-cli --user JAG booking run-billing [--date D] [--dry-run]
             skranke-cli --user JAG booking refund ID --amount B (--account KONTO|--card) [--date D] [--reference TXID] [--comment C]
             skranke-cli --user JAG booking transfer ID --to ID --amount B [--date D] [--comment C]
             skranke-cli --user JAG booking cancel --row ID [--quantity N] --reason TEXT [--waive-fee] [--all-parts]
             skranke-cli --user JAG booking cancel --booking ID --reason TEXT [--waive-fee]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingCancel</name>
    <message numerus="yes">
        <source>Row %1: %n unit(s) cancelled</source>
        <translation>
            <numerusform>Rad %1: %n enhet avbokad</numerusform>
            <numerusform>Rad %1: %n enheter avbokade</numerusform>
        </translation>
    </message>
    <message>
        <source>, billed: the purchase stands, no fee</source>
        <translation>, fakturerad: köpet står kvar, ingen avgift</translation>
    </message>
    <message>
        <source>, fee %1 %2 waived by %3</source>
        <translation>, avgift %1 %2 efterskänkt av %3</translation>
    </message>
    <message>
        <source>, fee %1 %2</source>
        <translation>, avgift %1 %2</translation>
    </message>
    <message>
        <source>booking cancel takes no --%1.</source>
        <translation>booking cancel tar ingen --%1.</translation>
    </message>
    <message>
        <source>--reason is required: say why it is cancelled.</source>
        <translation>--reason måste anges: ange varför den avbokas.</translation>
    </message>
    <message>
        <source>--quantity cancels units of one row: give it with --row, not --booking.</source>
        <translation>--quantity avbokar enheter på en rad: ange den med --row, inte --booking.</translation>
    </message>
    <message>
        <source>--all-parts is for --row: --booking cancels every row anyway.</source>
        <translation>--all-parts gäller --row: --booking avbokar ändå alla rader.</translation>
    </message>
    <message>
        <source>--all-parts cancels whole rows: give it without --quantity.</source>
        <translation>--all-parts avbokar hela rader: ange den utan --quantity.</translation>
    </message>
    <message>
        <source>Cancellation report for %1 queued for %2 (outbox %3).</source>
        <translation>Avbokningsrapport för %1 lagd i kö till %2 (utkorg %3).</translation>
    </message>
    <message>
        <source>%1 has no email address: tell them of the cancellation yourself.</source>
        <translation>%1 har ingen e-postadress: meddela dem avbokningen själv.</translation>
    </message>
    <message>
        <source>booking cancel needs --row ID or --booking ID.</source>
        <translation>booking cancel kräver --row ID eller --booking ID.</translation>
    </message>
    <message>
        <source>Give --row or --booking, not both.</source>
        <translation>Ange --row eller --booking, inte båda.</translation>
    </message>
    <message>
        <source>The cancellation stands, but the suppliers were not told: %1</source>
        <translation>Avbokningen gäller, men leverantörerna har inte underrättats: %1</translation>
    </message>
    <message>
        <source>Fees of %1 %2 are billed with booking %3&apos;s next invoice.</source>
        <translation>Avgifter på %1 %2 faktureras med nästa faktura för bokning %3.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli mail send&quot; delivers the outbox.</source>
        <translation>&quot;skranke-cli mail send&quot; skickar e-posten i utkorgen.</translation>
    </message>
    <message>
        <source>Give --set or --clear, not both.</source>
        <translation>Ange --set eller --clear, inte båda.</translation>
    </message>
    <message>
        <source>--set needs the rules, e.g. &quot;14:50, 3:100&quot;; --clear removes them.</source>
        <translation>--set kräver reglerna, t.ex. &quot;14:50, 3:100&quot;; --clear tar bort dem.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Rules (days before arrival: fee %): %1</source>
        <translation>Regler (dagar före ankomst: avgift %): %1</translation>
    </message>
</context>
<context>
    <name>skranke::cli::BookingMail</name>
    <message>
        <source>Usage: skranke-cli [--user ME] booking supplier-report ID [--pdf-dir DIR] [--send]
       skranke-cli --user ME booking send-invoice ID
       skranke-cli --user ME booking send-confirmation ID
The emails are queued in the outbox; &quot;skranke-cli mail send&quot; delivers them.</source>
        <translation>Användning: skranke-cli [--user JAG] booking supplier-report ID [--pdf-dir MAPP] [--send]
             skranke-cli --user JAG booking send-invoice ID
             skranke-cli --user JAG booking send-confirmation ID
E-postmeddelandena läggs i utkorgen; &quot;skranke-cli mail send&quot; skickar dem.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Booking %1 has no rows from a supplier (that are not cancelled): there is nothing to report.</source>
        <translation>Bokning %1 har inga rader från en leverantör (som inte är avbokade): det finns inget att rapportera.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (supplier %2): %n row(s)</source>
        <translation>
            <numerusform>%1 (leverantör %2): %n rad</numerusform>
            <numerusform>%1 (leverantör %2): %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>, no email address</source>
        <translation>, ingen e-postadress</translation>
    </message>
    <message>
        <source>, queued for %1 (outbox %2)</source>
        <translation>, lagd i kö till %1 (utkorg %2)</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, till %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>No supplier has an email address: nothing was sent.</source>
        <translation>Ingen leverantör har en e-postadress: inget skickades.</translation>
    </message>
    <message>
        <source>Queued; send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Lagd i kö; skicka den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>Nothing sent: add --send to email the reports, or --pdf-dir DIR to write them.</source>
        <translation>Inget skickat: lägg till --send för att skicka rapporterna med e-post, eller --pdf-dir MAPP för att skriva dem till filer.</translation>
    </message>
    <message>
        <source>Supplier reports of booking %1:</source>
        <translation>Leverantörsrapporter för bokning %1:</translation>
    </message>
    <message>
        <source>Payment confirmation (invoice %1 marked paid) of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Betalningsbekräftelse (faktura %1 markerad som betald) för bokning %2 lagd i kö till %3 (utkorg %4); skicka den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 of booking %2 queued for %3 (outbox %4); send it with &quot;skranke-cli mail send&quot;.</source>
        <translation>Faktura %1 för bokning %2 lagd i kö till %3 (utkorg %4); skicka den med &quot;skranke-cli mail send&quot;.</translation>
    </message>
    <message>
        <source>What to send.</source>
        <translation>Vad som ska skickas.</translation>
    </message>
    <message>
        <source>Write each supplier&apos;s report as a PDF into this folder (supplier-report).</source>
        <translation>Skriv varje leverantörs rapport som PDF till den här mappen (supplier-report).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>Email each supplier their report and mark the booking as reported (supplier-report).</source>
        <translation>Skicka varje leverantör dess rapport med e-post och markera bokningen som rapporterad (supplier-report).</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Cancellations</name>
    <message>
        <source>%1  booking %2  %3  %4  %5 – %6  ×%7  fee %8  %9</source>
        <translation>%1  bokning %2  %3  %4  %5 – %6  ×%7  avgift %8  %9</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ingen gäst)</translation>
    </message>
    <message>
        <source>(%1 waived by %2)</source>
        <translation>(%1 efterskänkt av %2)</translation>
    </message>
    <message>
        <source>[billed]</source>
        <translation>[fakturerad]</translation>
    </message>
    <message>
        <source>The first day (default: this Monday).</source>
        <translation>Den första dagen (standard: denna måndag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last day, inclusive (default: this Sunday; at most %1 days).</source>
        <translation>Den sista dagen, inklusive (standard: denna söndag; högst %1 dagar).</translation>
    </message>
    <message>
        <source>Write CSV to FILE.</source>
        <translation>Skriv CSV till FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-avgränsare: &apos;;&apos;, &apos;,&apos; eller tabb.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>Write a PDF to FILE.</source>
        <translation>Skriv en PDF till FIL.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli cancellations [--from DATE --to DATE] [--csv FILE [--separator S]] [--pdf FILE]
The bookings cancelled on the days from --from to --to (in the company&apos;s time zone), with reasons and fees; without dates, this week (Monday to Sunday).</source>
        <translation>Användning: skranke-cli cancellations [--from DATUM --to DATUM] [--csv FIL [--separator S]] [--pdf FIL]
Bokningarna som avbokades under dagarna från --from till --to (i företagets tidszon), med orsaker och avgifter; utan datum denna vecka (måndag till söndag).</translation>
    </message>
    <message>
        <source>Give --to with --from (or neither for this week).</source>
        <translation>Ange --to tillsammans med --from (eller ingen av dem för denna vecka).</translation>
    </message>
    <message>
        <source>Give --from with --to (or neither for this week).</source>
        <translation>Ange --from tillsammans med --to (eller ingen av dem för denna vecka).</translation>
    </message>
    <message>
        <source>--to (%1) must not be before --from (%2).</source>
        <translation>--to (%1) får inte vara före --from (%2).</translation>
    </message>
    <message>
        <source>--to: at most %1 days from --from at a time.</source>
        <translation>--to: högst %1 dagar från --from åt gången.</translation>
    </message>
    <message>
        <source>Cancellations %1 – %2</source>
        <translation>Avbokningar %1 – %2</translation>
    </message>
    <message>
        <source>No bookings were cancelled in this period.</source>
        <translation>Inga bokningar avbokades under perioden.</translation>
    </message>
    <message>
        <source>Total: %1 cancellations, %2 units, fees %3 %4</source>
        <translation>Totalt: %1 avbokningar, %2 enheter, avgifter %3 %4</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Catalog</name>
    <message>
        <source>%1 (%2) is not booked over time.</source>
        <translation>%1 (%2) bokas inte över tid.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&quot;%1&quot; är inte en veckodag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Name at least one weekday.</source>
        <translation>Ange minst en veckodag.</translation>
    </message>
    <message>
        <source>%1  %2  %3  length %4  quantity %5  guests %6  %7 %8  %9  priority %10</source>
        <translation>%1  %2  %3  längd %4  antal %5  gäster %6  %7 %8  %9  prioritet %10</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a guest category.</source>
        <translation>&quot;%1&quot; är inte en gästkategori.</translation>
    </message>
    <message>
        <source>--priority is a whole number: %1.</source>
        <translation>--priority måste vara ett heltal: %1.</translation>
    </message>
    <message>
        <source>The amount is in %1, the product&apos;s price in %2.</source>
        <translation>Beloppet är i %1, produktens pris i %2.</translation>
    </message>
    <message>
        <source>%1 has no price rules: its price %2 is the price per unit.</source>
        <translation>%1 har inga prisregler: dess pris %2 är priset per enhet.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name.</source>
        <translation>Leverantörens namn.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Where supplier reports go.</source>
        <translation>Dit leverantörsrapporterna skickas.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-POST</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME supplier add --name N [--email E]
       skranke-cli supplier list</source>
        <translation>Användning: skranke-cli --user JAG supplier add --name N [--email E]
             skranke-cli supplier list</translation>
    </message>
    <message>
        <source>Supplier %1 added: %2</source>
        <translation>Leverantör %1 tillagd: %2</translation>
    </message>
    <message>
        <source>No suppliers.</source>
        <translation>Inga leverantörer.</translation>
    </message>
    <message>
        <source>What to set.</source>
        <translation>Vad som ska ställas in.</translation>
    </message>
    <message>
        <source>The product: its item number or ID.</source>
        <translation>Produkten: dess artikelnummer eller ID.</translation>
    </message>
    <message>
        <source>The supplier&apos;s ID, or none.</source>
        <translation>Leverantörens ID, eller none.</translation>
    </message>
    <message>
        <source>ID|none</source>
        <translation>ID|none</translation>
    </message>
    <message>
        <source>The guest categories the product takes, or all.</source>
        <translation>Gästkategorierna som produkten tar emot, eller all.</translation>
    </message>
    <message>
        <source>KEY,KEY|all</source>
        <translation>NYCKEL,NYCKEL|all</translation>
    </message>
    <message>
        <source>%1 is supplied by %2.</source>
        <translation>%1 levereras av %2.</translation>
    </message>
    <message>
        <source>%1 has no supplier.</source>
        <translation>%1 har ingen leverantör.</translation>
    </message>
    <message>
        <source>%1 takes: %2</source>
        <translation>%1 tar emot: %2</translation>
    </message>
    <message>
        <source>NUMBER|ID</source>
        <translation>NUMMER|ID</translation>
    </message>
    <message>
        <source>What the amount is for: unit (a night or hour), stay, guest_unit, guest_stay.</source>
        <translation>Vad beloppet gäller: unit (en natt eller timme), stay, guest_unit, guest_stay.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>The amount incl. VAT, e.g. 895.00.</source>
        <translation>Beloppet inkl. moms, t.ex. 895.00.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>The season&apos;s first day (open when not given).</source>
        <translation>Säsongens första dag (öppen om den inte anges).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The season&apos;s last day (open when not given).</source>
        <translation>Säsongens sista dag (öppen om den inte anges).</translation>
    </message>
    <message>
        <source>The days the rule prices (all when not given).</source>
        <translation>Dagarna som regeln prissätter (alla om inget anges).</translation>
    </message>
    <message>
        <source>mon,tue,…</source>
        <translation>mon,tue,…</translation>
    </message>
    <message>
        <source>The guests a guest basis counts.</source>
        <translation>Gästerna som en prisgrund per gäst räknar.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>Higher wins when rules overlap.</source>
        <translation>Högre vinner när regler överlappar.</translation>
    </message>
    <message>
        <source>At least this many nights or hours.</source>
        <translation>Minst så här många nätter eller timmar.</translation>
    </message>
    <message>
        <source>At most this many nights or hours.</source>
        <translation>Högst så här många nätter eller timmar.</translation>
    </message>
    <message>
        <source>At least this many units booked.</source>
        <translation>Minst så här många bokade enheter.</translation>
    </message>
    <message>
        <source>At most this many units booked.</source>
        <translation>Högst så här många bokade enheter.</translation>
    </message>
    <message>
        <source>At least this many guests.</source>
        <translation>Minst så här många gäster.</translation>
    </message>
    <message>
        <source>At most this many guests.</source>
        <translation>Högst så här många gäster.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME price-rule add --product PRODUCT --basis unit|stay|guest_unit|guest_stay --amount A [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category KEY] [--priority N]
       skranke-cli price-rule list --product PRODUCT
       skranke-cli --user ME price-rule retire ID</source>
        <translation>Användning: skranke-cli --user JAG price-rule add --product PRODUKT --basis unit|stay|guest_unit|guest_stay --amount B [--from D] [--to D] [--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] [--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category NYCKEL] [--priority N]
             skranke-cli price-rule list --product PRODUKT
             skranke-cli --user JAG price-rule retire ID</translation>
    </message>
    <message>
        <source>Price rule added:</source>
        <translation>Prisregel tillagd:</translation>
    </message>
    <message>
        <source>Price rule %1 retired.</source>
        <translation>Prisregel %1 har avslutats.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by time.</source>
        <translation>YYYY-MM-DD, eller YYYY-MM-DDTHH:MM för produkter som bokas per timme.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>NÄR</translation>
    </message>
    <message>
        <source>The end, as --arrival.</source>
        <translation>Slutet, i samma format som --arrival.</translation>
    </message>
    <message>
        <source>Units booked (1 when not given).</source>
        <translation>Bokade enheter (1 om inget anges).</translation>
    </message>
    <message>
        <source>Guests per category, e.g. adult:2,child:1.</source>
        <translation>Gäster per kategori, t.ex. adult:2,child:1.</translation>
    </message>
    <message>
        <source>KEY:N,…</source>
        <translation>NYCKEL:N,…</translation>
    </message>
    <message>
        <source>Usage: skranke-cli price --product PRODUCT --arrival WHEN --departure WHEN [--quantity N] [--guests adult:2,child:1]
What the price table offers for a booking row, as booking row add would price it.</source>
        <translation>Användning: skranke-cli price --product PRODUKT --arrival NÄR --departure NÄR [--quantity N] [--guests adult:2,child:1]
Vad pristabellen erbjuder för en bokningsrad, så som booking row add skulle prissätta den.</translation>
    </message>
    <message>
        <source>--departure (%1) must be after --arrival (%2).</source>
        <translation>--departure (%1) måste vara efter --arrival (%2).</translation>
    </message>
    <message>
        <source>%1, %2 – %3: %4 %5</source>
        <translation>%1, %2 – %3: %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 – %3: no price matches; a booking row needs a manual price.</source>
        <translation>%1, %2 – %3: inget pris passar; en bokningsrad behöver ett manuellt pris.</translation>
    </message>
    <message>
        <source>The cancellation rules: DAYS:PERCENT, …; cancelling fewer than DAYS days before arrival costs PERCENT of the price.</source>
        <translation>Avbokningsreglerna: DAGAR:PROCENT, …; avbokning färre än DAGAR dagar före ankomst kostar PROCENT av priset.</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGLER</translation>
    </message>
    <message>
        <source>Remove the cancellation rules: cancelling is free until arrival.</source>
        <translation>Ta bort avbokningsreglerna: avbokning är kostnadsfri fram till ankomst.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME product supplier PRODUCT --supplier ID|none
       skranke-cli --user ME product guests PRODUCT --categories adult,child|all
       skranke-cli [--user ME] product cancellation-rules PRODUCT [--set &quot;14:50, 3:100&quot; | --clear]</source>
        <translation>Användning: skranke-cli --user JAG product supplier PRODUKT --supplier ID|none
             skranke-cli --user JAG product guests PRODUKT --categories adult,child|all
             skranke-cli [--user JAG] product cancellation-rules PRODUKT [--set &quot;14:50, 3:100&quot; | --clear]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::CliContext</name>
    <message>
        <source>This command changes data: say who you are with --user NAME (or SKRANKE_USER) and give the PIN in SKRANKE_PIN or at the prompt.</source>
        <translation>Det här kommandot ändrar data: ange vem du är med --user NAMN (eller SKRANKE_USER) och ge PIN-koden i SKRANKE_PIN eller vid prompten.</translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN-kod för %1: </translation>
    </message>
    <message>
        <source>No secret given: set %1 or type it at the prompt.</source>
        <translation>Ingen kod angiven: sätt %1 eller skriv den vid prompten.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 måste vara ett heltal på minst %2, inte ”%3”.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Commands</name>
    <message>
        <source>create a new database with the company and its owner</source>
        <translation>skapa en ny databas med företaget och dess ägare</translation>
    </message>
    <message>
        <source>create a demo database of a Danish holiday and activity centre</source>
        <translation>skapa en demodatabas för ett danskt semester- och aktivitetscenter</translation>
    </message>
    <message>
        <source>add, list and change staff users (add|list|passwd|activate|deactivate)</source>
        <translation>lägg till, visa och ändra anställda (add|list|passwd|activate|deactivate)</translation>
    </message>
    <message>
        <source>show or change the company profile (show|set)</source>
        <translation>visa eller ändra företagsprofilen (show|set)</translation>
    </message>
    <message>
        <source>verify or list the audit journal (verify|list)</source>
        <translation>kontrollera eller visa revisionsjournalen (verify|list)</translation>
    </message>
    <message>
        <source>copy the database to a new file while it is in use</source>
        <translation>kopiera databasen till en ny fil medan den används</translation>
    </message>
    <message>
        <source>add, edit, show and list debtors (add|edit|show|list)</source>
        <translation>skapa, ändra, visa och lista kunder (add|edit|show|list)</translation>
    </message>
    <message>
        <source>debtor groups (add|list|rename|move)</source>
        <translation>kundgrupper (add|list|rename|move)</translation>
    </message>
    <message>
        <source>create, post, show, list and print invoices (create|post|show|list|pdf)</source>
        <translation>skapa, bokför, visa, lista och skriv ut fakturor (create|post|show|list|pdf)</translation>
    </message>
    <message>
        <source>credit a posted invoice (create|show|pdf)</source>
        <translation>kreditera en bokförd faktura (create|show|pdf)</translation>
    </message>
    <message>
        <source>register a debtor payment (register)</source>
        <translation>registrera en kundbetalning (register)</translation>
    </message>
    <message>
        <source>write off an amount a debtor owes</source>
        <translation>skriv av ett belopp som en kund är skyldig</translation>
    </message>
    <message>
        <source>a debtor&apos;s postings with open amounts and balance</source>
        <translation>en kunds bokföringar med öppna belopp och saldo</translation>
    </message>
    <message>
        <source>settle payments against invoices (auto|match|undo)</source>
        <translation>avräkna betalningar mot fakturor (auto|match|undo)</translation>
    </message>
    <message>
        <source>the aged debtor balance list as of a date</source>
        <translation>den åldersfördelade kundsaldolistan per ett datum</translation>
    </message>
    <message>
        <source>reminder runs and reminders (preview|create|list|pdf)</source>
        <translation>påminnelsekörningar och påminnelser (preview|create|list|pdf)</translation>
    </message>
    <message>
        <source>email: server settings, the outbox and sending (settings|outbox|send)</source>
        <translation>e-post: serverinställningar, utkorgen och sändning (settings|outbox|send)</translation>
    </message>
    <message>
        <source>tills, shifts, cash, sales, X/Z reports and receipts (create|list|products|shift|cash|sale|report|receipts)</source>
        <translation>kassor, skift, kontanter, försäljning, X-/Z-rapporter och kvitton (create|list|products|shift|cash|sale|report|receipts)</translation>
    </message>
    <message>
        <source>add, find, edit and show customers (add|find|edit|show)</source>
        <translation>lägg till, sök, ändra och visa gäster (add|find|edit|show)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s free units per day</source>
        <translation>en bokningsbar produkts lediga enheter per dag</translation>
    </message>
    <message>
        <source>the bookings on each unit over a period</source>
        <translation>bokningarna på varje enhet under en period</translation>
    </message>
    <message>
        <source>suppliers of bookable products (add|list)</source>
        <translation>leverantörer av bokningsbara produkter (add|list)</translation>
    </message>
    <message>
        <source>a bookable product&apos;s price table (add|list|retire)</source>
        <translation>en bokningsbar produkts pristabell (add|list|retire)</translation>
    </message>
    <message>
        <source>what a bookable product&apos;s price table offers for a period</source>
        <translation>vad en bokningsbar produkts pristabell erbjuder för en period</translation>
    </message>
    <message>
        <source>bookings, their rows, invoices, payments and mail-outs (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</source>
        <translation>bokningar, deras rader, fakturor, betalningar och utskick (create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|supplier-report|send-invoice|send-confirmation)</translation>
    </message>
    <message>
        <source>the bookings cancelled in a period, with reasons and fees</source>
        <translation>bokningarna som avbokats under en period, med orsaker och avgifter</translation>
    </message>
    <message>
        <source>a bookable product&apos;s supplier, guest categories and cancellation rules (supplier|guests|cancellation-rules)</source>
        <translation>en bokningsbar produkts leverantör, gästkategorier och avbokningsregler (supplier|guests|cancellation-rules)</translation>
    </message>
    <message>
        <source>the webshop&apos;s online orders, their card payments and statuses (import|list|show|capture|cancel|refund|retry|status|statuses|export)</source>
        <translation>webbutikens ordrar, deras kortbetalningar och statusar (import|list|show|capture|cancel|refund|retry|status|statuses|export)</translation>
    </message>
    <message>
        <source>vouchers for the accounting program: transfer, export, mapping, payouts and the balance report (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</source>
        <translation>verifikationer för bokföringsprogrammet: överföring, export, kontering, utbetalningar och avstämningsrapporten (vouchers|show|transfer|restart|export|payouts|balance|mapping|accounts|settings)</translation>
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
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>New value of %1.</source>
        <translation>Nytt värde för %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VÄRDE</translation>
    </message>
    <message>
        <source>Usage: skranke-cli company show
       skranke-cli --user ME company set [--name N] [--city C] ... (only the given fields change)</source>
        <translation>Användning: skranke-cli company show
             skranke-cli --user JAG company set [--name N] [--city C] ... (bara de angivna fälten ändras)</translation>
    </message>
    <message>
        <source>company set needs at least one field to change.
</source>
        <translation>company set behöver minst ett fält att ändra.
</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Customer</name>
    <message>
        <source>Name.</source>
        <translation>Namn.</translation>
    </message>
    <message>
        <source>Email.</source>
        <translation>E-post.</translation>
    </message>
    <message>
        <source>Phone (&quot;-&quot; when not known).</source>
        <translation>Telefon (”-” om okänt).</translation>
    </message>
    <message>
        <source>Address line 1 (&quot;-&quot; when not known).</source>
        <translation>Adressrad 1 (”-” om okänd).</translation>
    </message>
    <message>
        <source>Address line 2.</source>
        <translation>Adressrad 2.</translation>
    </message>
    <message>
        <source>Address line 3.</source>
        <translation>Adressrad 3.</translation>
    </message>
    <message>
        <source>Postcode (&quot;-&quot; when not known).</source>
        <translation>Postnummer (”-” om okänt).</translation>
    </message>
    <message>
        <source>City (&quot;-&quot; when not known).</source>
        <translation>Ort (”-” om okänd).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Anteckningar.</translation>
    </message>
    <message>
        <source>A remark printed on the customer&apos;s invoices.</source>
        <translation>En anmärkning som skrivs på gästens fakturor.</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(ingen e-post)</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The customer has no email.</source>
        <translation>Gästen har ingen e-post.</translation>
    </message>
    <message>
        <source>The customer has an email (edit).</source>
        <translation>Gästen har e-post (edit).</translation>
    </message>
    <message>
        <source>The debtor the customer is invoiced through.</source>
        <translation>Kunden (reskontra) som gästen faktureras genom.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most this many (find).</source>
        <translation>Högst så många (find).</translation>
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
        <translation>Användning: skranke-cli --user JAG customer add --name N --email E|--no-email --address A --postcode P --city C --phone T [--address2 A] [--address3 A] [--notes T] [--invoice-remark T] [--debtor ID]
             skranke-cli customer find TEXT [--limit N]
             skranke-cli --user JAG customer edit ID [samma flaggor] [--has-email]
             skranke-cli customer show ID</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit måste vara ett positivt tal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation>”%1” är inte ett gäst-ID.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Det finns ingen gäst %1.</translation>
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
        <translation>VÄRDE</translation>
    </message>
    <message>
        <source>A business debtor (B2B).</source>
        <translation>En företagskund (B2B).</translation>
    </message>
    <message>
        <source>A private debtor (not B2B).</source>
        <translation>En privatkund (inte B2B).</translation>
    </message>
    <message>
        <source>Debtor group by name.</source>
        <translation>Kundgrupp efter namn.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPP</translation>
    </message>
    <message>
        <source>Payment terms in days.</source>
        <translation>Betalningsvillkor i dagar.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Terms run from the end of the month.</source>
        <translation>Fristen räknas från månadens slut.</translation>
    </message>
    <message>
        <source>The debtor ID to use (add).</source>
        <translation>Kund-ID som ska användas (add).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search text (list).</source>
        <translation>Söktext (list).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>List debtors without outstanding too.</source>
        <translation>Visa även kunder utan utestående.</translation>
    </message>
    <message>
        <source>At most N rows (list).</source>
        <translation>Högst N rader (list).</translation>
    </message>
    <message>
        <source>Write the list as CSV to FILE.</source>
        <translation>Skriv listan som CSV till FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-avgränsare: &apos;;&apos;, &apos;,&apos; eller tabb.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>--terms-days must be a number of days.</source>
        <translation>--terms-days måste vara ett antal dagar.</translation>
    </message>
    <message>
        <source>There is no debtor group &quot;%1&quot;.</source>
        <translation>Det finns ingen kundgrupp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit måste vara ett positivt tal.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Förskott</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
       skranke-cli --user ME debtor edit ID [the same options]
       skranke-cli debtor show ID
       skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FILE [--separator &apos;;&apos;|&apos;,&apos;|tab]]</source>
        <translation>Användning: skranke-cli --user JAG debtor add --name N [--company C] [--email E] [--business] [--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] [--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]
             skranke-cli --user JAG debtor edit ID [samma flaggor]
             skranke-cli debtor show ID
             skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FIL [--separator &apos;;&apos;|&apos;,&apos;|tab]]</translation>
    </message>
    <message>
        <source>The group to move debtors to (move).</source>
        <translation>Gruppen som kunderna flyttas till (move).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME group add NAME
       skranke-cli group list
       skranke-cli --user ME group rename OLD NEW
       skranke-cli --user ME group move --group NAME DEBTOR_ID...</source>
        <translation>Användning: skranke-cli --user JAG group add NAMN
             skranke-cli group list
             skranke-cli --user JAG group rename GAMMAL NY
             skranke-cli --user JAG group move --group NAMN KUND_ID...</translation>
    </message>
    <message>
        <source>Created the group %1.</source>
        <translation>Skapade gruppen %1.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Döpte om %1 till %2.</translation>
    </message>
    <message>
        <source>Moved %1 debtors to %2.</source>
        <translation>Flyttade %1 kunder till %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>&quot;%1&quot; är inte ett ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Demo</name>
    <message>
        <source>small (default) or large (benchmark sizes).</source>
        <translation>small (standard) eller large (benchmark-storlekar).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>STORLEK</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same business.</source>
        <translation>Frö; samma frö ger samma företag.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --db FILE demo [--size small|large] [--seed N]
Creates FILE (which must not exist) with a demo business. Every demo user (owner, manager, desk) has the PIN 1234.</source>
        <translation>Användning: skranke-cli --db FIL demo [--size small|large] [--seed N]
Skapar FIL (som inte får finnas) med ett demoföretag. Alla demoanvändare (owner, manager, desk) har PIN-koden 1234.</translation>
    </message>
    <message>
        <source>--size must be small or large, not &quot;%1&quot;.</source>
        <translation>--size måste vara small eller large, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Created the demo business in %1 (users owner, manager and desk; PIN %2).</source>
        <translation>Demoföretaget har skapats i %1 (användarna owner, manager och desk; PIN-kod %2).</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Init</name>
    <message>
        <source>Company name.</source>
        <translation>Företagets namn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>DK, NO or SE (sets currency, VAT and rules).</source>
        <translation>DK, NO eller SE (bestämmer valuta, moms och regler).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>CVR / organisation number.</source>
        <translation>Organisationsnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>IANA time zone (default: the country&apos;s).</source>
        <translation>IANA-tidszon (standard: landets).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZON</translation>
    </message>
    <message>
        <source>Login of the owner.</source>
        <translation>Ägarens användarnamn.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANVÄNDARNAMN</translation>
    </message>
    <message>
        <source>Display name of the owner.</source>
        <translation>Ägarens visningsnamn.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] init --company NAME --owner LOGIN [--owner-name NAME] [--country DK|NO|SE] [--org-number N]
The owner&apos;s PIN comes from SKRANKE_PIN or a prompt.</source>
        <translation>Användning: skranke-cli [--db FIL] init --company NAMN --owner ANVÄNDARNAMN [--owner-name NAMN] [--country DK|NO|SE] [--org-number N]
Ägarens PIN-kod kommer från SKRANKE_PIN eller en prompt.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 måste anges.</translation>
    </message>
    <message>
        <source>PIN for the owner %1: </source>
        <translation>PIN-kod för ägaren %1: </translation>
    </message>
    <message>
        <source>Created %1 for %2 with owner %3.</source>
        <translation>Skapade %1 för %2 med ägaren %3.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Invoice</name>
    <message>
        <source>--line %1 must be &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT_PERCENT]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 måste vara &quot;TEXT|ANTAL|STYCKPRIS_INKL_MOMS|MOMSSATS[|RABATT_PROCENT]&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>invoice create needs --debtor, --date and at least one --line.</source>
        <translation>invoice create behöver --debtor, --date och minst en --line.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Kund-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Invoice date (YYYY-MM-DD).</source>
        <translation>Fakturadatum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Due date; default from the debtor&apos;s terms.</source>
        <translation>Förfallodatum; standard enligt kundens villkor.</translation>
    </message>
    <message>
        <source>A line: TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT].</source>
        <translation>En rad: TEXT|ANTAL|STYCKPRIS_INKL_MOMS|MOMSSATS[|RABATT].</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>RAD</translation>
    </message>
    <message>
        <source>Message printed on the invoice.</source>
        <translation>Meddelande som skrivs på fakturan.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Till reference (create), or till filter (list).</source>
        <translation>Kassareferens (create) eller kassafilter (list).</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSA</translation>
    </message>
    <message>
        <source>Reminder fees and interest may not be charged.</source>
        <translation>Påminnelseavgift och ränta får inte tas ut.</translation>
    </message>
    <message>
        <source>Post the invoice at once (numbered).</source>
        <translation>Bokför fakturan direkt (numrerad).</translation>
    </message>
    <message>
        <source>Period start (list).</source>
        <translation>Periodens början (list).</translation>
    </message>
    <message>
        <source>Period end (list).</source>
        <translation>Periodens slut (list).</translation>
    </message>
    <message>
        <source>Write the list as CSV to FILE.</source>
        <translation>Skriv listan som CSV till FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>CSV-avgränsare: &apos;;&apos;, &apos;,&apos; eller tabb.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>PDF file to write (pdf).</source>
        <translation>PDF-fil att skriva (pdf).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME invoice create --debtor ID --date D [--due D] --line &quot;TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE&quot; ... [--message M] [--till T] [--no-fees] [--post]
       skranke-cli --user ME invoice post DRAFT_ID
       skranke-cli invoice show NUMBER
       skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FILE [--separator S]]
       skranke-cli invoice pdf NUMBER -o FILE</source>
        <translation>Användning: skranke-cli --user JAG invoice create --debtor ID --date D [--due D] --line &quot;TEXT|ANTAL|STYCKPRIS_INKL_MOMS|MOMSSATS&quot; ... [--message M] [--till T] [--no-fees] [--post]
             skranke-cli --user JAG invoice post UTKAST_ID
             skranke-cli invoice show NUMMER
             skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FIL [--separator S]]
             skranke-cli invoice pdf NUMMER -o FIL</translation>
    </message>
    <message>
        <source>invoice pdf needs -o FILE.</source>
        <translation>invoice pdf behöver -o FIL.</translation>
    </message>
    <message>
        <source>The invoice number to credit.</source>
        <translation>Numret på fakturan som krediteras.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Credit this amount (spread over the VAT rates).</source>
        <translation>Kreditera detta belopp (fördelat på momssatserna).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Credit line N (all of it, or QTY of it).</source>
        <translation>Kreditera rad N (hela, eller ANTAL av den).</translation>
    </message>
    <message>
        <source>N[:QTY]</source>
        <translation>N[:ANTAL]</translation>
    </message>
    <message>
        <source>Credit note date (default: the invoice&apos;s).</source>
        <translation>Kreditfakturans datum (standard: fakturans).</translation>
    </message>
    <message>
        <source>Message printed on the credit note.</source>
        <translation>Meddelande som skrivs på kreditfakturan.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME credit-note create --invoice NUMBER [--amount A | --line N[:QTY] ...] [--date D]
       skranke-cli credit-note show NUMBER
       skranke-cli credit-note pdf NUMBER -o FILE
Without --amount and --line the whole invoice is credited.</source>
        <translation>Användning: skranke-cli --user JAG credit-note create --invoice NUMMER [--amount B | --line N[:ANTAL] ...] [--date D]
             skranke-cli credit-note show NUMMER
             skranke-cli credit-note pdf NUMMER -o FIL
Utan --amount och --line krediteras hela fakturan.</translation>
    </message>
    <message>
        <source>credit-note create needs --invoice NUMBER.</source>
        <translation>credit-note create behöver --invoice NUMMER.</translation>
    </message>
    <message>
        <source>--line must be N or N:QTY, not &quot;%1&quot;.</source>
        <translation>--line måste vara N eller N:ANTAL, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Ange --amount eller --line, inte båda.</translation>
    </message>
    <message>
        <source>There is no credit note %1.</source>
        <translation>Det finns ingen kreditfaktura %1.</translation>
    </message>
    <message>
        <source>credit-note pdf needs -o FILE.</source>
        <translation>credit-note pdf behöver -o FIL.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Journal</name>
    <message>
        <source>Journal intact: %1 entries checked.</source>
        <translation>Journalen är intakt: %1 poster kontrollerade.</translation>
    </message>
    <message>
        <source>Journal BROKEN: %1.</source>
        <translation>Journalen är BRUTEN: %1.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit måste vara ett positivt tal.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>How many entries list shows, newest first.</source>
        <translation>Hur många poster list visar, nyaste först.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--db FILE] [--json] journal verify
       skranke-cli [--db FILE] [--json] journal list [--limit N]</source>
        <translation>Användning: skranke-cli [--db FIL] [--json] journal verify
             skranke-cli [--db FIL] [--json] journal list [--limit N]</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Ledger</name>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>Debtor ID.</source>
        <translation>Kund-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount received.</source>
        <translation>Mottaget belopp.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Payment date (default: today).</source>
        <translation>Betalningsdatum (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Payment type (bank, cash, card, …).</source>
        <translation>Betalningstyp (bank, kontant, kort, …).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>The payment&apos;s reference.</source>
        <translation>Betalningens referens.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME payment register --debtor ID --amount A [--date D] [--type T] [--reference R]
The payment settles the debtor&apos;s oldest open invoices; the rest stands as a prepayment.</source>
        <translation>Användning: skranke-cli --user JAG payment register --debtor ID --amount B [--date D] [--type T] [--reference R]
Betalningen reglerar kundens äldsta öppna fakturor; resten står som förskott.</translation>
    </message>
    <message>
        <source>Registered %1 from debtor %2; %3 remains as prepayment.</source>
        <translation>Registrerade %1 från kund %2; %3 står som förskott.</translation>
    </message>
    <message>
        <source>Amount to write off.</source>
        <translation>Belopp att skriva av.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Varför (obligatoriskt).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Date (default: today).</source>
        <translation>Datum (standard: i dag).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME write-off --debtor ID --amount A --reason R [--date D]</source>
        <translation>Användning: skranke-cli --user JAG write-off --debtor ID --amount B --reason R [--date D]</translation>
    </message>
    <message>
        <source>Wrote off %1 for debtor %2.</source>
        <translation>Skrev av %1 för kund %2.</translation>
    </message>
    <message>
        <source>Show the payment type column.</source>
        <translation>Visa kolumnen med betalningstyp.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli postings DEBTOR [--payment-type]</source>
        <translation>Användning: skranke-cli postings KUND [--payment-type]</translation>
    </message>
    <message>
        <source>Postings of %1 %2</source>
        <translation>Bokföringar för %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a debtor ID.</source>
        <translation>&quot;%1&quot; är inte ett kund-ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Mail</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;.</source>
        <translation>--%1 måste vara ett tal, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Email is not set up: a server and a sender address are needed.</source>
        <translation>E-post är inte inställd: en server och en avsändaradress behövs.</translation>
    </message>
    <message>
        <source>--security is none, starttls or tls, not &quot;%1&quot;.</source>
        <translation>--security är none, starttls eller tls, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--status is queued, sent or failed, not &quot;%1&quot;.</source>
        <translation>--status är queued, sent eller failed, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utkorgen är tom.</translation>
    </message>
    <message>
        <source>Email is not set up: give the server and sender first with &quot;skranke-cli mail settings --host H --from ADDRESS&quot;.</source>
        <translation>E-post är inte inställd: ange först server och avsändare med &quot;skranke-cli mail settings --host H --from ADRESS&quot;.</translation>
    </message>
    <message>
        <source>%1 to %2: sent</source>
        <translation>%1 till %2: skickat</translation>
    </message>
    <message>
        <source>%1 to %2: failed: %3</source>
        <translation>%1 till %2: misslyckades: %3</translation>
    </message>
    <message>
        <source>No mail is waiting.</source>
        <translation>Ingen e-post väntar.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed.</source>
        <translation>%1 skickade, %2 misslyckades.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation>SMTP-servern.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>VÄRD</translation>
    </message>
    <message>
        <source>The server&apos;s port (587, 465, 25).</source>
        <translation>Serverns port (587, 465, 25).</translation>
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
        <translation>SÄTT</translation>
    </message>
    <message>
        <source>The login at the server.</source>
        <translation>Användarnamnet på servern.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ANVÄNDARE</translation>
    </message>
    <message>
        <source>The password at the server (stored as is).</source>
        <translation>Lösenordet på servern (sparas som det är).</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>LÖSENORD</translation>
    </message>
    <message>
        <source>The sender address.</source>
        <translation>Avsändaradressen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESS</translation>
    </message>
    <message>
        <source>The sender name.</source>
        <translation>Avsändarnamnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Tries per message (1-10).</source>
        <translation>Försök per meddelande (1-10).</translation>
    </message>
    <message>
        <source>Pause between tries.</source>
        <translation>Paus mellan försöken.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Only entries with this status (outbox).</source>
        <translation>Endast poster med denna status (outbox).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Also try failed mail again (send).</source>
        <translation>Försök även igen med misslyckad e-post (send).</translation>
    </message>
    <message>
        <source>Usage: skranke-cli mail settings
       skranke-cli --user ME mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADDRESS] [--from-name NAME] [--attempts N] [--retry-delay-ms MS]
       skranke-cli mail outbox [--status queued|sent|failed]
       skranke-cli --user ME mail send [--retry-failed]</source>
        <translation>Användning: skranke-cli mail settings
             skranke-cli --user JAG mail settings [--host H] [--port N] [--security none|starttls|tls] [--user U] [--password P] [--from ADRESS] [--from-name NAMN] [--attempts N] [--retry-delay-ms MS]
             skranke-cli mail outbox [--status queued|sent|failed]
             skranke-cli --user JAG mail send [--retry-failed]</translation>
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
        <translation>Användning: skranke-cli [--db FIL] [--user NAMN] [--json] KOMMANDO ...

Flaggor:
  --db FIL      databasen (standard: %1)
  --user NAMN   den anställda som agerar; PIN-koden kommer från SKRANKE_PIN eller en prompt
  --json        skriv resultat och fel som JSON

Miljö:
  SKRANKE_NOW=ÅÅÅÅ-MM-DDTTT:MM  lås klockan (UTC om ingen förskjutning anges), för skript och tester

Kommandon:
</translation>
    </message>
    <message>
        <source>
Run &quot;skranke-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done, 1 refused or bad input, 2 usage error.</source>
        <translation>
Kör &quot;skranke-cli KOMMANDO --help&quot; för ett kommandos flaggor.
Slutkoder: 0 klart, 1 avvisat eller felaktig indata, 2 felaktig användning.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 behöver ett värde.</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Okänd flagga %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Okänt kommando &quot;%1&quot;.

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
            <numerusform>  #%1 %2 %3  %4, %n försök, %5</numerusform>
            <numerusform>  #%1 %2 %3  %4, %n försök, %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>VÄNTAR</translation>
    </message>
    <message>
        <source>Captured early, confirmed by user %1: %2</source>
        <translation>Drogs i förtid, bekräftat av användaren %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>[gateway call pending]</source>
        <translation>[anrop till betallösningen väntar]</translation>
    </message>
    <message>
        <source>Order %1: payment %2; reserved %3, captured %4, refunded %5, refundable %6.</source>
        <translation>Order %1: betalningen är %2; reserverat %3, draget %4, återbetalt %5, kan återbetalas %6.</translation>
    </message>
    <message>
        <source>Order %1 (internal %2) of %3, %4</source>
        <translation>Order %1 (internt nr %2) från %3, %4</translation>
    </message>
    <message>
        <source>(customer %1)</source>
        <translation>(gäst %1)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Bokning: %1</translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>Fakturaadress: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Leveransadress: %1</translation>
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
        <translation>Klar att skicka eller levererad: ja</translation>
    </message>
    <message>
        <source>Ready to ship or delivered: no</source>
        <translation>Klar att skicka eller levererad: nej</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  ×%4  %5  VAT %6 %  %7</source>
        <translation>  %1  %2  %3  ×%4  %5  moms %6 %  %7</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
    <message>
        <source>Payment: %1%2%3</source>
        <translation>Betalning: %1%2%3</translation>
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
        <translation>  Dragningsreferens: %1</translation>
    </message>
    <message>
        <source>  Marked paid by hand.</source>
        <translation>  Manuellt markerad som betald.</translation>
    </message>
    <message>
        <source>Value cards issued:</source>
        <translation>Utfärdade värdekort:</translation>
    </message>
    <message>
        <source>  line %1: %2, balance %3</source>
        <translation>  rad %1: %2, saldo %3</translation>
    </message>
    <message>
        <source>No gateway operations.</source>
        <translation>Inga anrop till betallösningen.</translation>
    </message>
    <message>
        <source>Gateway operations:</source>
        <translation>Anrop till betallösningen:</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Faktura: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>Importerade %n order</numerusform>
            <numerusform>Importerade %n ordrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported, left unchanged: %1</source>
        <translation>Redan importerade, lämnade oförändrade: %1</translation>
    </message>
    <message>
        <source>Captured on import (value cards): %1</source>
        <translation>Dragna vid import (värdekort): %1</translation>
    </message>
    <message>
        <source>Not captured on import, capture by hand: %1</source>
        <translation>Inte dragen vid import, dra manuellt: %1</translation>
    </message>
    <message>
        <source>orders %1 takes no --%2.</source>
        <translation>orders %1 tar inte flaggan --%2.</translation>
    </message>
    <message>
        <source>--%1: there is no order status &quot;%2&quot;. Use one of: %3.</source>
        <translation>--%1: det finns ingen orderstatus &quot;%2&quot;. Använd en av: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, moved to imported/.</source>
        <translation>
            <numerusform>%n fil importerad, flyttad till imported/.</numerusform>
            <numerusform>%n filer importerade, flyttade till imported/.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, moved to refused/: %1</source>
        <translation>Avvisad, flyttad till refused/: %1</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Inga ordrar matchar.</translation>
    </message>
    <message>
        <source>More orders match: narrow the filter or raise --limit (now %1).</source>
        <translation>Fler ordrar matchar: begränsa filtret eller höj --limit (nu %1).</translation>
    </message>
    <message>
        <source>orders refund needs --amount AMOUNT: how much to pay back.</source>
        <translation>orders refund kräver --amount BELOPP: hur mycket som ska återbetalas.</translation>
    </message>
    <message>
        <source>Order %1 is paid by %2, not through a card gateway: there is nothing to %3 here.</source>
        <translation>Order %1 är betald med %2, inte via en betallösning för kort: kommandot %3 har inget att göra här.</translation>
    </message>
    <message>
        <source>Add --confirm-early to capture now anyway; you are recorded as the one who confirmed it.</source>
        <translation>Lägg till --confirm-early för att dra beloppet nu ändå; du registreras som den som bekräftade det.</translation>
    </message>
    <message>
        <source>&quot;skranke-cli orders retry %1&quot; asks the gateway again.</source>
        <translation>&quot;skranke-cli orders retry %1&quot; frågar betallösningen igen.</translation>
    </message>
    <message>
        <source>No gateway call was pending.</source>
        <translation>Inget anrop till betallösningen väntade på svar.</translation>
    </message>
    <message>
        <source>Added the order status &quot;%1&quot;.</source>
        <translation>Orderstatusen &quot;%1&quot; har lagts till.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (built in: %2)</source>
        <translation>%1 (inbyggd: %2)</translation>
    </message>
    <message>
        <source>orders export needs --csv FILE.</source>
        <translation>orders export kräver --csv FIL.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n order(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n order till %1.</numerusform>
            <numerusform>Skrev %n ordrar till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>Import every *.json in DIR, oldest first, moving each to imported/ or refused/ (import).</source>
        <translation>Importera varje *.json i MAPP, äldsta först, och flytta var och en till imported/ eller refused/ (import).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>The first order day (list, export).</source>
        <translation>Första orderdagen (list, export).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last order day, inclusive (list, export).</source>
        <translation>Sista orderdagen, som räknas med (list, export).</translation>
    </message>
    <message>
        <source>Only orders of this status, or all (list, export; default: Not effected).</source>
        <translation>Endast ordrar med denna status, eller all för alla (list, export; standard: Ej effektuerad).</translation>
    </message>
    <message>
        <source>NAME|all</source>
        <translation>NAMN|all</translation>
    </message>
    <message>
        <source>Only orders with TEXT in the order number, customer or email (list, export).</source>
        <translation>Endast ordrar med TEXT i ordernumret, kundens namn eller e-postadressen (list, export).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N orders, newest first (list; default 50).</source>
        <translation>Högst N ordrar, nyaste först (list; standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How much to capture (capture; default the whole reservation, the rest is released) or to pay back (refund; required).</source>
        <translation>Hur mycket som ska dras (capture; standard är hela reservationen, resten släpps) eller återbetalas (refund; obligatoriskt).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Capture before the card rules allow it, e.g. before the goods are ready to ship; you are recorded as the one who confirmed it (capture).</source>
        <translation>Dra beloppet innan kortreglerna tillåter det, t.ex. innan varorna är klara att skickas; du registreras som den som bekräftade det (capture).</translation>
    </message>
    <message>
        <source>Move the orders to this status: its name or built-in key, e.g. effected (status).</source>
        <translation>Flytta ordrarna till denna status: dess namn eller inbyggda nyckel, t.ex. effected (status).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Add a status of your own (status).</source>
        <translation>Lägg till en egen status (status).</translation>
    </message>
    <message>
        <source>Write CSV to FILE (export).</source>
        <translation>Skriv CSV till FIL (export).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos;, &apos;,&apos; or tab (export).</source>
        <translation>CSV-avgränsare: &apos;;&apos;, &apos;,&apos; eller tabb (export).</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>orders resolve needs --done or --not-done, and --reason TEXT: what the gateway&apos;s portal shows.</source>
        <translation>orders resolve kräver --done eller --not-done och --reason TEXT: vad betallösningens portal visar.</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was done (resolve).</source>
        <translation>Betallösningens portal visar att det obesvarade anropet utfördes (resolve).</translation>
    </message>
    <message>
        <source>The gateway&apos;s portal shows the unanswered call was not done (resolve).</source>
        <translation>Betallösningens portal visar att det obesvarade anropet inte utfördes (resolve).</translation>
    </message>
    <message>
        <source>How you know (resolve; required).</source>
        <translation>Hur du vet det (resolve; krävs).</translation>
    </message>
    <message>
        <source>The gateway&apos;s id for it (resolve).</source>
        <translation>Betallösningens id för det (resolve).</translation>
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
        <translation>Användning: skranke-cli --user JAG orders import FIL
            skranke-cli --user JAG orders import --folder MAPP
            skranke-cli orders list [--from DATUM] [--to DATUM] [--status NAMN|all] [--search TEXT] [--limit N]
            skranke-cli orders show ID
            skranke-cli --user JAG orders capture ID [--amount BELOPP] [--confirm-early]
            skranke-cli --user JAG orders cancel ID
            skranke-cli --user JAG orders refund ID --amount BELOPP
            skranke-cli --user JAG orders retry ID
            skranke-cli --user JAG orders void-cards ID
            skranke-cli --user JAG orders resolve ID --done|--not-done --reason TEXT [--reference REF]
            skranke-cli --user JAG orders status ID... --set NAMN
            skranke-cli --user JAG orders status --add NAMN
            skranke-cli orders statuses
            skranke-cli orders export --csv FIL [--separator S] [--from DATUM] [--to DATUM] [--status NAMN|all] [--search TEXT]
Webbutikens ordrar (filformat skranke-orders/1). ID är webbutikens ordernummer, t.ex. WEB-10023, eller Skrankes interna nummer. En fil med något fel importerar ingenting; en order som redan har importerats lämnas oförändrad. Utan --status visar list och export de ordrar som ännu inte är effektuerade. Ett anrop till betallösningen som inte har besvarats förblir väntande och skickas igen, men utförs aldrig två gånger: retry skickar det nu.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Receivables</name>
    <message>
        <source>Credit note %1 (credits invoice %2)</source>
        <translation>Kreditfaktura %1 (krediterar faktura %2)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Draft invoice (id %1)</source>
        <translation>Fakturautkast (id %1)</translation>
    </message>
    <message>
        <source>Debtor %1, dated %2, due %3</source>
        <translation>Kund %1, daterad %2, förfaller %3</translation>
    </message>
    <message>
        <source>  VAT %1 % of %2: %3</source>
        <translation>  Moms %1 % av %2: %3</translation>
    </message>
    <message>
        <source>  Total %1 %2</source>
        <translation>  Totalt %1 %2</translation>
    </message>
    <message>
        <source>  Payment reference %1</source>
        <translation>  Betalningsreferens %1</translation>
    </message>
    <message>
        <source>%1  %2  outstanding %3, prepayment %4 %5</source>
        <translation>%1  %2  utestående %3, förskott %4 %5</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Reminders</name>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>Reminder number: 1, 2 or 3.</source>
        <translation>Påminnelsenummer: 1, 2 eller 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Invoices due up to and including this date.</source>
        <translation>Fakturor som förfaller till och med detta datum.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Days of respite after the to date.</source>
        <translation>Dagars anstånd efter till-datumet.</translation>
    </message>
    <message>
        <source>The reminders&apos; date (default: today).</source>
        <translation>Påminnelsernas datum (standard: i dag).</translation>
    </message>
    <message>
        <source>Days the reminder gives to pay (at least 10).</source>
        <translation>Dagar påminnelsen ger för betalning (minst 10).</translation>
    </message>
    <message>
        <source>First debtor ID.</source>
        <translation>Första kund-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID.</source>
        <translation>Sista kund-ID.</translation>
    </message>
    <message>
        <source>Only invoices from this till.</source>
        <translation>Endast fakturor från denna kassa.</translation>
    </message>
    <message>
        <source>TILL</source>
        <translation>KASSA</translation>
    </message>
    <message>
        <source>Reminder fee.</source>
        <translation>Påminnelseavgift.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Charge the compensation fee to business debtors.</source>
        <translation>Ta ut förseningsersättning av företagskunder.</translation>
    </message>
    <message>
        <source>Interest per month, in percent.</source>
        <translation>Ränta per månad i procent.</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PROC</translation>
    </message>
    <message>
        <source>started-month or exact.</source>
        <translation>started-month eller exact.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>SÄTT</translation>
    </message>
    <message>
        <source>Leave out debtors owing less.</source>
        <translation>Utelämna kunder som är skyldiga mindre.</translation>
    </message>
    <message>
        <source>No interest line below this.</source>
        <translation>Ingen räntrad under detta.</translation>
    </message>
    <message>
        <source>--interest-mode is started-month or exact, not &quot;%1&quot;.</source>
        <translation>--interest-mode är started-month eller exact, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2: claims %3, fee %4, compensation %5, interest %6, total %7</source>
        <translation>%1 %2: fordringar %3, avgift %4, ersättning %5, ränta %6, totalt %7</translation>
    </message>
    <message>
        <source>Created %1 reminders.</source>
        <translation>Skapade %1 påminnelser.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>%1  %2  level %3  %4 %5: total %6, due %7</source>
        <translation>%1  %2  nivå %3  %4 %5: totalt %6, förfaller %7</translation>
    </message>
    <message>
        <source>The till the reminders are posted in.</source>
        <translation>Kassan som påminnelserna bokförs i.</translation>
    </message>
    <message>
        <source>The reference rate a year, in percent (default: the setting).</source>
        <translation>Referensräntan per år i procent (standard: inställningen).</translation>
    </message>
    <message>
        <source>Write a PDF per reminder and a merged one into this folder.</source>
        <translation>Skriv en PDF per påminnelse och en sammanslagen PDF till denna mapp.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>Email each reminder with its PDF to debtors with an address.</source>
        <translation>Skicka varje påminnelse med dess PDF via e-post till kunder som har en e-postadress.</translation>
    </message>
    <message>
        <source>Only this debtor&apos;s reminders (list).</source>
        <translation>Endast denna kunds påminnelser (list).</translation>
    </message>
    <message>
        <source>The PDF file to write (pdf).</source>
        <translation>PDF-filen som ska skrivas (pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Usage: skranke-cli [--user ME] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee A] [--compensation] [--interest-rate PCT_PER_MONTH --interest-mode started-month|exact --reference-rate PCT] [--min-balance A] [--min-interest A] [--pdf-dir DIR] [--email]
       skranke-cli reminders list [--debtor ID]
       skranke-cli reminders pdf NUMBER --out FILE</source>
        <translation>Användning: skranke-cli [--user JAG] reminders preview|create --level N --to-date D [--respite N] [--date D] [--terms-days N] [--debtor-from ID] [--debtor-to ID] [--till T] [--post-till T] [--fee B] [--compensation] [--interest-rate PROC_PER_MÅNAD --interest-mode started-month|exact --reference-rate PROC] [--min-balance B] [--min-interest B] [--pdf-dir MAPP] [--email]
             skranke-cli reminders list [--debtor ID]
             skranke-cli reminders pdf NUMMER --out FIL</translation>
    </message>
    <message>
        <source>Email is not set up yet; set it with &quot;skranke-cli mail settings --host …&quot;.</source>
        <translation>E-post är inte inställd ännu; ställ in den med &quot;skranke-cli mail settings --host …&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Wrote %1 PDF files; print them all from %2.</source>
        <translation>Skrev %1 PDF-filer; skriv ut alla från %2.</translation>
    </message>
    <message>
        <source>Emailed %1.</source>
        <translation>Skickat med e-post till %1.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2 (kept in the outbox; &quot;skranke-cli mail send --retry-failed&quot; tries again).</source>
        <translation>Inte skickat till %1: %2 (ligger kvar i utkorgen; &quot;skranke-cli mail send --retry-failed&quot; försöker igen).</translation>
    </message>
    <message>
        <source>%1 reminders have no email address; print them.</source>
        <translation>%1 påminnelser saknar e-postadress; skriv ut dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Schedule</name>
    <message>
        <source>The first day.</source>
        <translation>Första dagen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last day (at most a year after the first).</source>
        <translation>Sista dagen (högst ett år efter den första).</translation>
    </message>
    <message>
        <source>Only the units of this category.</source>
        <translation>Bara enheterna i den här kategorin.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>List the units with no bookings in the period too.</source>
        <translation>Lista även enheterna utan bokningar under perioden.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli schedule --from DATE --to DATE [--category NAME] [--all]
The booking rows (not cancelled) on each unit that overlap the days from --from to --to.</source>
        <translation>Användning: skranke-cli schedule --from DATUM --to DATUM [--category NAMN] [--all]
Bokningsraderna (ej avbokade) på varje enhet som överlappar dagarna från --from till --to.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to får inte vara före --from.</translation>
    </message>
    <message>
        <source>At most %1 days at a time.</source>
        <translation>Högst %1 dagar åt gången.</translation>
    </message>
    <message>
        <source>No units are in the category &quot;%1&quot;; the categories are: %2.</source>
        <translation>Det finns inga enheter i kategorin &quot;%1&quot;; kategorierna är: %2.</translation>
    </message>
    <message>
        <source>  row %1  booking %2  %3  %4  %5 – %6</source>
        <translation>  rad %1  bokning %2  %3  %4  %5 – %6</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ingen gäst)</translation>
    </message>
    <message>
        <source>[overbooked]</source>
        <translation>[överbokad]</translation>
    </message>
    <message>
        <source>  free</source>
        <translation>  ledig</translation>
    </message>
    <message>
        <source>No bookings from %1 to %2.</source>
        <translation>Inga bokningar från %1 till %2.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Settle</name>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>First debtor ID (auto).</source>
        <translation>Första kund-ID (auto).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last debtor ID (auto).</source>
        <translation>Sista kund-ID (auto).</translation>
    </message>
    <message>
        <source>Only debtors whose balance is 0 (auto).</source>
        <translation>Endast kunder med saldo 0 (auto).</translation>
    </message>
    <message>
        <source>Only payments and invoices exactly alike (auto).</source>
        <translation>Endast betalningar och fakturor som är exakt lika (auto).</translation>
    </message>
    <message>
        <source>Show what would be settled; write nothing.</source>
        <translation>Visa vad som skulle avräknas; skriv inget.</translation>
    </message>
    <message>
        <source>The payment&apos;s posting ID (match).</source>
        <translation>Betalningens bokförings-ID (match).</translation>
    </message>
    <message>
        <source>The invoice number (match).</source>
        <translation>Fakturanumret (match).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Amount to settle (match).</source>
        <translation>Belopp att avräkna (match).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>Settlement date (default: today).</source>
        <translation>Avräkningsdatum (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
       skranke-cli --user ME settle match --payment ID --invoice NUMBER --amount A
       skranke-cli --user ME settle undo SETTLEMENT_ID</source>
        <translation>Användning: skranke-cli --user JAG settle auto [--debtor-from ID --debtor-to ID] [--only-balance-zero] [--only-equal-amounts] [--dry-run]
             skranke-cli --user JAG settle match --payment ID --invoice NUMMER --amount B
             skranke-cli --user JAG settle undo AVRÄKNINGS_ID</translation>
    </message>
    <message>
        <source>--debtor-to is before --debtor-from.</source>
        <translation>--debtor-to ligger före --debtor-from.</translation>
    </message>
    <message>
        <source>debtor %1: %2 in %3 settlements</source>
        <translation>kund %1: %2 i %3 avräkningar</translation>
    </message>
    <message>
        <source>Would settle %1 debtors (dry run; nothing written).</source>
        <translation>Skulle avräkna %1 kunder (provkörning; inget skrivet).</translation>
    </message>
    <message>
        <source>Settled %1 debtors.</source>
        <translation>Avräknade %1 kunder.</translation>
    </message>
    <message>
        <source>Settlement %1 made.</source>
        <translation>Avräkning %1 gjord.</translation>
    </message>
    <message>
        <source>Settlement %1 undone.</source>
        <translation>Avräkning %1 ångrad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID.</source>
        <translation>&quot;%1&quot; är inte ett ID.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Till</name>
    <message>
        <source>&quot;%1&quot; is not a positive number.</source>
        <translation>&quot;%1&quot; är inte ett positivt tal.</translation>
    </message>
    <message>
        <source>--tender %1: cash has no reference.</source>
        <translation>--tender %1: cash har ingen referens.</translation>
    </message>
    <message>
        <source>Till %1, receipt %2, %3</source>
        <translation>Kassa %1, kvitto %2, %3</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Totalt %1 %2</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Kontantavrundning %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2 of %3</source>
        <translation>Moms %1 %: %2 av %3</translation>
    </message>
    <message>
        <source> (given %1, change %2)</source>
        <translation> (mottaget %1, växel %2)</translation>
    </message>
    <message>
        <source>Till %1 (%2) created.</source>
        <translation>Kassa %1 (%2) har skapats.</translation>
    </message>
    <message>
        <source>shift open, float %1</source>
        <translation>skift öppet, växelkassa %1</translation>
    </message>
    <message>
        <source>no open shift</source>
        <translation>inget öppet skift</translation>
    </message>
    <message>
        <source>Shift opened on till %1 with a float of %2.</source>
        <translation>Skift öppnat i kassa %1 med en växelkassa på %2.</translation>
    </message>
    <message>
        <source>--amount is what is moved: more than 0.</source>
        <translation>--amount är det som flyttas: mer än 0.</translation>
    </message>
    <message>
        <source>%1 put into till %2.</source>
        <translation>%1 insatt i kassa %2.</translation>
    </message>
    <message>
        <source>%1 taken out of till %2.</source>
        <translation>%1 uttaget ur kassa %2.</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;LINE_NO|QTY&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 måste vara &quot;RADNR|ANTAL&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The till&apos;s name (create).</source>
        <translation>Kassans namn (create).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Only products whose name contains the text, or with this number or EAN (products).</source>
        <translation>Endast produkter vars namn innehåller texten, eller med detta nummer eller EAN (products).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most this many rows (products, receipts).</source>
        <translation>Högst så här många rader (products, receipts).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The till&apos;s ref, e.g. K1.</source>
        <translation>Kassans referens, t.ex. K1.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The cash counted in the drawer (shift open).</source>
        <translation>De räknade kontanterna i lådan (shift open).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BELOPP</translation>
    </message>
    <message>
        <source>The cash counted in the drawer, closing the shift (report z).</source>
        <translation>De räknade kontanterna i lådan, vilket stänger skiftet (report z).</translation>
    </message>
    <message>
        <source>An earlier Z report to show again (report z).</source>
        <translation>En tidigare Z-rapport att visa igen (report z).</translation>
    </message>
    <message>
        <source>The receipt&apos;s number on the till (return, receipt pdf).</source>
        <translation>Kvittots nummer i kassan (return, receipt pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Mark the printout as a copy (receipt pdf).</source>
        <translation>Markera utskriften som kopia (receipt pdf).</translation>
    </message>
    <message>
        <source>First day (receipts).</source>
        <translation>Första dag (receipts).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day (receipts).</source>
        <translation>Sista dag (receipts).</translation>
    </message>
    <message>
        <source>Z report %1, till %2, %3</source>
        <translation>Z-rapport %1, kassa %2, %3</translation>
    </message>
    <message>
        <source>X report, till %1, %2</source>
        <translation>X-rapport, kassa %1, %2</translation>
    </message>
    <message>
        <source>Shift opened %1</source>
        <translation>Skift öppnat %1</translation>
    </message>
    <message>
        <source>Sales: %1, %2</source>
        <translation>Försäljning: %1, %2</translation>
    </message>
    <message>
        <source>Returns: %1, %2</source>
        <translation>Returer: %1, %2</translation>
    </message>
    <message>
        <source>Cash rounding: %1</source>
        <translation>Kontantavrundning: %1</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Växelkassa: %1</translation>
    </message>
    <message>
        <source>Cash in: %1</source>
        <translation>Kontanter in: %1</translation>
    </message>
    <message>
        <source>Cash out: %1</source>
        <translation>Kontanter ut: %1</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Förväntade kontanter: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Räknade kontanter: %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Differens: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z report number.</source>
        <translation>&quot;%1&quot; är inte ett Z-rapportnummer.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to är före --from.</translation>
    </message>
    <message>
        <source>(the first %1 receipts; narrow with --from/--to or raise --limit)</source>
        <translation>(de första %1 kvittona; begränsa med --from/--to eller höj --limit)</translation>
    </message>
    <message>
        <source>--line %1 must be &quot;PRODUCT_OR_EAN|QTY[|PRICE[|CARD]]&quot;, not &quot;%2&quot;.</source>
        <translation>--line %1 måste vara &quot;PRODUKT_ELLER_EAN|ANTAL[|PRIS[|KORT]]&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--tender %1 must be &quot;cash|AMOUNT&quot;, &quot;card|AMOUNT[|REFERENCE]&quot;, &quot;value_card|AMOUNT|CARD&quot; or &quot;invoice&quot;, not &quot;%2&quot;.</source>
        <translation>--tender %1 måste vara &quot;cash|BELOPP&quot;, &quot;card|BELOPP[|REFERENS]&quot;, &quot;value_card|BELOPP|KORT&quot; eller &quot;invoice&quot;, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cash moved (cash in|out) or paid (payment).</source>
        <translation>Kontanterna som flyttas (cash in|out) eller betalas (payment).</translation>
    </message>
    <message>
        <source>Why the cash is moved or the drawer opened (cash in|out, drawer).</source>
        <translation>Varför kontanterna flyttas eller kassalådan öppnas (cash in|out, drawer).</translation>
    </message>
    <message>
        <source>A line: product (EAN, number or ID), quantity and, to override the list price, the price including VAT; a value card may name the card number to put the amount on (sale; repeatable).</source>
        <translation>En rad: produkt (EAN, nummer eller ID), antal och, för att ersätta listpriset, priset inklusive moms; för ett värdekort kan kortnumret som beloppet ska laddas på anges (sale; kan upprepas).</translation>
    </message>
    <message>
        <source>PRODUCT|QTY[|PRICE[|CARD]]</source>
        <translation>PRODUKT|ANTAL[|PRIS[|KORT]]</translation>
    </message>
    <message>
        <source>A payment: cash with the amount handed over, card with the amount and the terminal&apos;s reference, a value card with the amount and its number, or invoice for the whole sale to --debtor (sale, return; repeatable).</source>
        <translation>En betalning: kontant (cash) med det mottagna beloppet, kort (card) med beloppet och terminalens referens, värdekort (value_card) med beloppet och kortets nummer, eller faktura (invoice) för hela försäljningen till --debtor (sale, return; kan upprepas).</translation>
    </message>
    <message>
        <source>cash|AMOUNT, card|AMOUNT[|REF], value_card|AMOUNT|CARD or invoice</source>
        <translation>cash|BELOPP, card|BELOPP[|REF], value_card|BELOPP|KORT eller invoice</translation>
    </message>
    <message>
        <source>The debtor the sale is for; needed for an invoice tender (sale, payment).</source>
        <translation>Kunden som försäljningen gäller; krävs vid betalning med faktura (sale, payment).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An invoice the payment settles and how much of it (payment; repeatable; none: the oldest first).</source>
        <translation>En faktura som betalningen reglerar och hur mycket av den (payment; kan upprepas; utan: de äldsta först).</translation>
    </message>
    <message>
        <source>NUMBER|AMOUNT</source>
        <translation>NUMMER|BELOPP</translation>
    </message>
    <message>
        <source>The card terminal&apos;s reference (payment).</source>
        <translation>Kortterminalens referens (payment).</translation>
    </message>
    <message>
        <source>How the debtor pays: cash or card (payment).</source>
        <translation>Hur kunden betalar: kontant (cash) eller kort (card) (payment).</translation>
    </message>
    <message>
        <source>cash|card</source>
        <translation>cash|card</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4.</source>
        <translation>Tog emot %1 från %2 (%3) i kassa %4.</translation>
    </message>
    <message>
        <source>Took %1 from %2 (%3) at till %4; %5 stands on the debtor.</source>
        <translation>Tog emot %1 från %2 (%3) i kassa %4; %5 står på kunden.</translation>
    </message>
    <message>
        <source>Drawer of till %1 opened: %2</source>
        <translation>Kassalådan i kassa %1 öppnad: %2</translation>
    </message>
    <message>
        <source>Value card %1: balance %2 %3</source>
        <translation>Värdekort %1: saldo %2 %3</translation>
    </message>
    <message>
        <source>Of which value cards sold (not turnover): %1</source>
        <translation>Varav sålda värdekort (ej omsättning): %1</translation>
    </message>
    <message>
        <source>Debtor payments, %1: %2</source>
        <translation>Kundbetalningar, %1: %2</translation>
    </message>
    <message>
        <source>The PDF file to write (receipt pdf, report x|z, payment).</source>
        <translation>PDF-filen som ska skrivas (receipt pdf, report x|z, payment).</translation>
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
        <translation>Användning: skranke-cli --user JAG till create REF --name NAMN
             skranke-cli till list
             skranke-cli till products [--search TEXT] [--limit N]
             skranke-cli --user JAG till shift open --till REF --float BELOPP
             skranke-cli --user JAG till cash in|out --till REF --amount B --reason TEXT
             skranke-cli --user JAG till sale --till REF --line &quot;PRODUKT_ELLER_EAN|ANTAL[|PRIS]&quot; ... --tender &quot;cash|BELOPP&quot; --tender &quot;card|BELOPP[|REFERENS]&quot; --tender &quot;value_card|BELOPP|KORT&quot; ...
             skranke-cli --user JAG till sale --till REF --debtor ID --line ... --tender invoice
             skranke-cli --user JAG till payment --till REF --debtor ID --amount B [--pay-by cash|card] [--reference REF] [--invoice &quot;NUMMER|BELOPP&quot;] ... [--out FIL]
             skranke-cli --user JAG till drawer --till REF --reason TEXT
             skranke-cli till value-card NUMMER
             skranke-cli --user JAG till report x --till REF
             skranke-cli --user JAG till report z --till REF --counted BELOPP
             skranke-cli till report z --till REF --number N
             skranke-cli till receipts --till REF [--from DATUM] [--to DATUM] [--limit N]
             skranke-cli --user JAG till return --till REF --receipt N [--line &quot;RADNR|ANTAL&quot;] ... --tender &quot;cash|BELOPP&quot;|&quot;card|BELOPP[|REFERENS]&quot;|&quot;value_card|BELOPP[|KORT]&quot;
             skranke-cli till receipt pdf --till REF --receipt N --out FIL [--copy]</translation>
    </message>
    <message>
        <source>--invoice %1 must be &quot;NUMBER|AMOUNT&quot;, not &quot;%2&quot;.</source>
        <translation>--invoice %1 måste vara &quot;NUMMER|BELOPP&quot;, inte &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>skranke::cli::Users</name>
    <message>
        <source>New PIN for %1: </source>
        <translation>Ny PIN-kod för %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Vad som ska göras.</translation>
    </message>
    <message>
        <source>The user (not for list).</source>
        <translation>Användaren (inte vid list).</translation>
    </message>
    <message>
        <source>Display name (add).</source>
        <translation>Visningsnamn (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>owner, manager, front_desk or a role name (add).</source>
        <translation>owner, manager, front_desk eller ett rollnamn (add).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>Use a password instead of a PIN.</source>
        <translation>Använd ett lösenord i stället för en PIN-kod.</translation>
    </message>
    <message>
        <source>Usage: skranke-cli --user ME users add LOGIN --name NAME [--role ROLE] [--password]
       skranke-cli users list
       skranke-cli --user ME users passwd|activate|deactivate LOGIN
The new user&apos;s PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
        <translation>Användning: skranke-cli --user JAG users add ANVÄNDARNAMN --name NAMN [--role ROLL] [--password]
             skranke-cli users list
             skranke-cli --user JAG users passwd|activate|deactivate ANVÄNDARNAMN
Den nya användarens PIN-kod eller lösenord kommer från SKRANKE_NEW_PIN eller en prompt.</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name måste anges.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Lade till %1 (%2).</translation>
    </message>
    <message>
        <source>Changed the secret of %1.</source>
        <translation>Koden för %1 har ändrats.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 är aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 är inaktiverad.</translation>
    </message>
</context>
<context>
    <name>skranke::rights</name>
    <message>
        <source>sell at the till</source>
        <translation>sälja i kassan</translation>
    </message>
    <message>
        <source>return purchases and refund</source>
        <translation>ta emot returer och återbetala</translation>
    </message>
    <message>
        <source>create and edit bookings</source>
        <translation>skapa och ändra bokningar</translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <translation>avboka bokningar</translation>
    </message>
    <message>
        <source>cancel bookings that are already billed</source>
        <translation>avboka bokningar som redan är fakturerade</translation>
    </message>
    <message>
        <source>overbook a resource</source>
        <translation>överboka en resurs</translation>
    </message>
    <message>
        <source>register debtor payments</source>
        <translation>registrera kundinbetalningar</translation>
    </message>
    <message>
        <source>write off debtor amounts</source>
        <translation>skriva av kundfordringar</translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation>utfärda kreditfakturor</translation>
    </message>
    <message>
        <source>run reminders</source>
        <translation>köra påminnelser</translation>
    </message>
    <message>
        <source>capture online payments</source>
        <translation>dra onlinebetalningar</translation>
    </message>
    <message>
        <source>refund online payments</source>
        <translation>återbetala onlinebetalningar</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>ändra inställningar</translation>
    </message>
    <message>
        <source>manage staff users</source>
        <translation>administrera personal</translation>
    </message>
    <message>
        <source>create and edit debtors</source>
        <translation>skapa och ändra kunder</translation>
    </message>
    <message>
        <source>create and post invoices</source>
        <translation>skapa och bokföra fakturor</translation>
    </message>
    <message>
        <source>transfer to accounting and import payouts</source>
        <translation>föra över till bokföringen och importera utbetalningar</translation>
    </message>
</context>
</TS>
