<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
        <source>There is no active user "%1".</source>
        <translation>Der er ingen aktiv bruger "%1".</translation>
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
        <source>"%1" is not a valid EAN-13 (13 digits with check digit).</source>
        <translation>"%1" er ikke et gyldigt EAN-13 (13 cifre med kontrolciffer).</translation>
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
    <name>skranke::ClockFactory</name>
    <message>
        <source>%1 must be a time like 2026-01-31T09:30, not "%2".</source>
        <translation>%1 skal være et tidspunkt som 2026-01-31T09:30, ikke "%2".</translation>
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
        <source>"%1" is not a valid %2 (check digit).</source>
        <translation>"%1" er ikke et gyldigt %2 (kontrolciffer).</translation>
    </message>
    <message>
        <source>"%1" is not a valid IBAN (check digits).</source>
        <translation>"%1" er ikke et gyldigt IBAN (kontrolcifre).</translation>
    </message>
    <message>
        <source>"%1" is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>"%1" er ikke en gyldig BIC (8 eller 11 bogstaver og cifre).</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
        <translation>"%1" er ikke en kendt tidszone.</translation>
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
        <source>You may look at the company profile but not change it: that takes the right "%1".</source>
        <translation>Du kan se virksomhedsprofilen, men ikke ændre den: det kræver rettigheden "%1".</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not "%1".</source>
        <translation>Landet skal være DK, NO eller SE, ikke "%1".</translation>
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
        <source>There is no Skranke database at %1. Create one with "skranke-cli init" or "skranke-cli demo".</source>
        <translation>Der er ingen Skranke-database i %1. Opret en med "skranke-cli init" eller "skranke-cli demo".</translation>
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
        <source>Owner's &amp;login:</source>
        <translation>Ejerens &amp;login:</translation>
    </message>
    <message>
        <source>Owner's n&amp;ame:</source>
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
        <source>The owner's name is required.</source>
        <translation>Ejerens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-koder er forskellige.</translation>
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
        <source>The language must be da, nb, sv or en, not "%1".</source>
        <translation>Sproget skal være da, nb, sv eller en, ikke "%1".</translation>
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
        <source>"%1" is not a currency Skranke knows.</source>
        <translation>"%1" er ikke en valuta, Skranke kender.</translation>
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
        <source>contains "%1", which is not part of a number</source>
        <translation>indeholder "%1", som ikke hører til et tal</translation>
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
        <source>"%1" is not an amount: it %2.</source>
        <translation>"%1" er ikke et beløb: det %2.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>"%1" har mere end %2 decimaler.</translation>
    </message>
    <message>
        <source>"%1" is too large an amount.</source>
        <translation>"%1" er et for stort beløb.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beløb i %1 og %2 kan ikke blandes.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage (%2).</source>
        <translation>"%1" er ikke en procentsats (%2).</translation>
    </message>
    <message>
        <source>too many decimals</source>
        <translation>for mange decimaler</translation>
    </message>
    <message>
        <source>The amount would need rounding at %1.</source>
        <translation>Beløbet skulle afrundes ved %1.</translation>
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
        <source>"%1" is not a product kind.</source>
        <translation>"%1" er ikke en produkttype.</translation>
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
    <name>skranke::Session</name>
    <message>
        <source>%1 may not %2 (right "%3" is missing).</source>
        <translation>%1 må ikke %2 (rettigheden "%3" mangler).</translation>
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
        <source>Language: da, nb, sv or en (default: the system's).</source>
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
    <name>skranke::UserService</name>
    <message>
        <source>There is no user "%1".</source>
        <translation>Der er ingen bruger "%1".</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Login skal være 1–32 små bogstaver, cifre, '.', '_' eller '-' og begynde med et bogstav eller ciffer.</translation>
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
        <source>There is no role "%1".</source>
        <translation>Der er ingen rolle "%1".</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <source>The login "%1" is taken.</source>
        <translation>Login "%1" er optaget.</translation>
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
        <source>Adding and changing other users takes the right "%1".</source>
        <translation>At tilføje og ændre andre brugere kræver rettigheden "%1".</translation>
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
        <source>--size must be small or large, not "%1".</source>
        <translation>--size skal være small eller large, ikke "%1".</translation>
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
        <source>IANA time zone (default: the country's).</source>
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
The owner's PIN comes from SKRANKE_PIN or a prompt.</source>
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
Run "skranke-cli COMMAND --help" for a command's options.
Exit codes: 0 done, 1 refused or bad input, 2 usage error.</source>
        <translation>
Kør "skranke-cli KOMMANDO --help" for en kommandos tilvalg.
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
        <source>Unknown command "%1".

%2</source>
        <translation>Ukendt kommando "%1".

%2</translation>
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
The new user's PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
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
</context>
</TS>