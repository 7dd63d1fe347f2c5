<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>There is no active user "%1".</source>
        <translation>Det finns ingen aktiv användare "%1".</translation>
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
        <source>"%1" is not a valid EAN-13 (13 digits with check digit).</source>
        <translation>"%1" är inte en giltig EAN-13 (13 siffror med kontrollsiffra).</translation>
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
    <name>skranke::ClockFactory</name>
    <message>
        <source>%1 must be a time like 2026-01-31T09:30, not "%2".</source>
        <translation>%1 måste vara en tidpunkt som 2026-01-31T09:30, inte "%2".</translation>
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
        <source>"%1" is not a valid %2 (check digit).</source>
        <translation>"%1" är inte ett giltigt %2 (kontrollsiffra).</translation>
    </message>
    <message>
        <source>"%1" is not a valid IBAN (check digits).</source>
        <translation>"%1" är inte ett giltigt IBAN (kontrollsiffror).</translation>
    </message>
    <message>
        <source>"%1" is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>"%1" är inte en giltig BIC (8 eller 11 bokstäver och siffror).</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" är inte en e-postadress.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation>"%1" är inte en känd tidszon.</translation>
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
        <source>You may look at the company profile but not change it: that takes the right "%1".</source>
        <translation>Du kan se företagsprofilen men inte ändra den: det kräver behörigheten "%1".</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not "%1".</source>
        <translation>Landet måste vara DK, NO eller SE, inte "%1".</translation>
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
        <source>There is no Skranke database at %1. Create one with "skranke-cli init" or "skranke-cli demo".</source>
        <translation>Det finns ingen Skranke-databas i %1. Skapa en med "skranke-cli init" eller "skranke-cli demo".</translation>
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
        <source>Owner's &amp;login:</source>
        <translation>Ägarens &amp;användarnamn:</translation>
    </message>
    <message>
        <source>Owner's n&amp;ame:</source>
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
        <source>The owner's name is required.</source>
        <translation>Ägarens namn måste fyllas i.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De två PIN-koderna skiljer sig åt.</translation>
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
        <source>The language must be da, nb, sv or en, not "%1".</source>
        <translation>Språket måste vara da, nb, sv eller en, inte "%1".</translation>
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
        <source>"%1" is not a currency Skranke knows.</source>
        <translation>"%1" är inte en valuta som Skranke känner till.</translation>
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
        <source>contains "%1", which is not part of a number</source>
        <translation>innehåller "%1", som inte hör till ett tal</translation>
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
        <source>"%1" is not an amount: it %2.</source>
        <translation>"%1" är inte ett belopp: det %2.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>"%1" har mer än %2 decimaler.</translation>
    </message>
    <message>
        <source>"%1" is too large an amount.</source>
        <translation>"%1" är ett för stort belopp.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Belopp i %1 och %2 kan inte blandas.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage (%2).</source>
        <translation>"%1" är inte en procentsats (%2).</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>för många decimaler</translation>
    </message>
    <message>
        <source>The amount would need rounding at %1.</source>
        <translation>Beloppet skulle behöva avrundas vid %1.</translation>
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
        <source>"%1" is not a product kind.</source>
        <translation>"%1" är inte en produkttyp.</translation>
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
    <name>skranke::Session</name>
    <message>
        <source>%1 may not %2 (right "%3" is missing).</source>
        <translation>%1 får inte %2 (behörigheten "%3" saknas).</translation>
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
        <source>Language: da, nb, sv or en (default: the system's).</source>
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
    <name>skranke::UserService</name>
    <message>
        <source>There is no user "%1".</source>
        <translation>Det finns ingen användare "%1".</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Användarnamnet måste vara 1–32 små bokstäver, siffror, '.', '_' eller '-' och börja med en bokstav eller siffra.</translation>
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
        <source>There is no role "%1".</source>
        <translation>Det finns ingen roll "%1".</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Namnet måste fyllas i.</translation>
    </message>
    <message>
        <source>The login "%1" is taken.</source>
        <translation>Användarnamnet "%1" är upptaget.</translation>
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
        <source>Adding and changing other users takes the right "%1".</source>
        <translation>Att lägga till och ändra andra användare kräver behörigheten "%1".</translation>
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
        <source>--size must be small or large, not "%1".</source>
        <translation>--size måste vara small eller large, inte "%1".</translation>
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
        <source>IANA time zone (default: the country's).</source>
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
The owner's PIN comes from SKRANKE_PIN or a prompt.</source>
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
Run "skranke-cli COMMAND --help" for a command's options.
Exit codes: 0 done, 1 refused or bad input, 2 usage error.</source>
        <translation>
Kör "skranke-cli KOMMANDO --help" för ett kommandos flaggor.
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
        <source>Unknown command "%1".

%2</source>
        <translation>Okänt kommando "%1".

%2</translation>
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
The new user's PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
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
</context>
</TS>