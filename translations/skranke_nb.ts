<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <source>There is no active user "%1".</source>
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
        <source>"%1" is not a valid EAN-13 (13 digits with check digit).</source>
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
    <name>skranke::ClockFactory</name>
    <message>
        <source>%1 must be a time like 2026-01-31T09:30, not "%2".</source>
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
        <source>"%1" is not a valid %2 (check digit).</source>
        <translation>«%1» er ikke et gyldig %2 (kontrollsiffer).</translation>
    </message>
    <message>
        <source>"%1" is not a valid IBAN (check digits).</source>
        <translation>«%1» er ikke et gyldig IBAN (kontrollsifre).</translation>
    </message>
    <message>
        <source>"%1" is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>«%1» er ikke en gyldig BIC (8 eller 11 bokstaver og sifre).</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone.</source>
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
        <source>You may look at the company profile but not change it: that takes the right "%1".</source>
        <translation>Du kan se virksomhetsprofilen, men ikke endre den: det krever rettigheten «%1».</translation>
    </message>
</context>
<context>
    <name>skranke::CountryRules</name>
    <message>
        <source>Country must be DK, NO or SE, not "%1".</source>
        <translation>Landet må være DK, NO eller SE, ikke «%1».</translation>
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
        <source>There is no Skranke database at %1. Create one with "skranke-cli init" or "skranke-cli demo".</source>
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
        <source>Owner's &amp;login:</source>
        <translation>Eierens &amp;brukernavn:</translation>
    </message>
    <message>
        <source>Owner's n&amp;ame:</source>
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
        <source>The owner's name is required.</source>
        <translation>Eierens navn må fylles ut.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De to PIN-kodene er forskjellige.</translation>
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
        <source>The language must be da, nb, sv or en, not "%1".</source>
        <translation>Språket må være da, nb, sv eller en, ikke «%1».</translation>
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
        <source>"%1" is not a currency Skranke knows.</source>
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
        <source>contains "%1", which is not part of a number</source>
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
        <source>"%1" is not an amount: it %2.</source>
        <translation>«%1» er ikke et beløp: det %2.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>«%1» har mer enn %2 desimaler.</translation>
    </message>
    <message>
        <source>"%1" is too large an amount.</source>
        <translation>«%1» er et for stort beløp.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beløp i %1 og %2 kan ikke blandes.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage (%2).</source>
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
        <source>"%1" is not a product kind.</source>
        <translation>«%1» er ikke en produkttype.</translation>
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
    <name>skranke::Session</name>
    <message>
        <source>%1 may not %2 (right "%3" is missing).</source>
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
        <source>Language: da, nb, sv or en (default: the system's).</source>
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
    <name>skranke::UserService</name>
    <message>
        <source>There is no user "%1".</source>
        <translation>Det finnes ingen bruker «%1».</translation>
    </message>
    <message>
        <source>The login must be 1–32 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Brukernavnet må være 1–32 små bokstaver, sifre, '.', '_' eller '-' og begynne med en bokstav eller et siffer.</translation>
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
        <source>There is no role "%1".</source>
        <translation>Det finnes ingen rolle «%1».</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Navnet må fylles ut.</translation>
    </message>
    <message>
        <source>The login "%1" is taken.</source>
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
        <source>Adding and changing other users takes the right "%1".</source>
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
        <source>--size must be small or large, not "%1".</source>
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
        <source>IANA time zone (default: the country's).</source>
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
The owner's PIN comes from SKRANKE_PIN or a prompt.</source>
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
Run "skranke-cli COMMAND --help" for a command's options.
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
        <source>Unknown command "%1".

%2</source>
        <translation>Ukjent kommando «%1».

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
The new user's PIN or password comes from SKRANKE_NEW_PIN or a prompt.</source>
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
</context>
</TS>