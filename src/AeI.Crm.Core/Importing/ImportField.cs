using AeI.Crm.Common;

namespace AeI.Crm.Importing;

/// <summary>A field an import can fill, with the Italian headers it is usually written as.</summary>
public sealed record ImportField(string Key, string Label, bool Required, params string[] Headers)
{
    /// <summary>
    /// Special-category or judicial data (a person's law-68 category, target group): offered, read and
    /// imported only for a user who may see it (a mediator of the caseload imported into).
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>A header reduced for matching: folded, no punctuation ("P.IVA" → "PIVA", "E-mail" → "EMAIL").</summary>
    public static string Normalise(string? header)
    {
        var folded = SearchText.Fold(header);
        var chars = new List<char>(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars.Add(c);
            }
            else if (c == ' ' || c == '_' || c == '/' || c == '(' || c == ')')
            {
                if (chars.Count > 0 && chars[^1] != ' ')
                {
                    chars.Add(' ');
                }
            }
        }

        return new string(chars.ToArray()).Trim();
    }
}

/// <summary>The fields of each kind of import.</summary>
public static class ImportFields
{
    /// <summary>The fields a user may map: the sensitive ones only for a user who may see them.</summary>
    public static IReadOnlyList<ImportField> For(ImportKind kind, bool maySeeSensitive) =>
        For(kind).Where(f => maySeeSensitive || !f.Sensitive).ToList();

    public static readonly ImportField LegalName = new("legalName", "Ragione sociale", true, "Ragione sociale", "Ragione soc", "Rag soc", "Azienda", "Denominazione", "Nome azienda", "Impresa", "Societa", "Ditta", "Cliente", "Nome");
    public static readonly ImportField VatNumber = new("vat", "Partita IVA", false, "PIVA", "P IVA", "Partita IVA", "Partita I V A", "VAT", "P IVA azienda", "Num partita IVA");
    public static readonly ImportField FiscalCode = new("fiscalCode", "Codice fiscale", false, "Codice fiscale", "CF", "C F", "Cod fiscale", "Cod fisc");
    public static readonly ImportField Address = new("address", "Indirizzo", false, "Indirizzo", "Via", "Sede", "Indirizzo sede", "Sede legale", "Sede operativa");
    public static readonly ImportField PostalCode = new("postalCode", "CAP", false, "CAP", "Codice postale");
    public static readonly ImportField Municipality = new("municipality", "Comune", false, "Comune", "Citta", "Localita", "Comune sede", "Citta sede");
    public static readonly ImportField Province = new("province", "Provincia", false, "Provincia", "Prov", "PR", "Sigla provincia");
    public static readonly ImportField IstatCode = new("istat", "Codice ISTAT del comune", false, "ISTAT", "Codice ISTAT", "Cod ISTAT", "Codice comune");
    public static readonly ImportField Employees = new("employees", "Dipendenti", false, "Dipendenti", "N dipendenti", "Numero dipendenti", "Addetti", "N addetti", "Organico");
    public static readonly ImportField Ateco = new("ateco", "Codice ATECO", false, "ATECO", "Codice ATECO", "Cod ATECO", "Settore ATECO");
    public static readonly ImportField ContactName = new("contactName", "Referente", false, "Referente", "Contatto", "Nome referente", "Persona di riferimento", "Referente aziendale");
    public static readonly ImportField ContactRole = new("contactRole", "Ruolo del referente", false, "Ruolo", "Ruolo referente", "Qualifica", "Funzione", "Mansione referente");
    public static readonly ImportField Phone = new("phone", "Telefono", false, "Telefono", "Tel", "Telefono referente", "Cellulare", "Cell", "Recapito telefonico", "Numero di telefono");
    public static readonly ImportField Email = new("email", "E-mail", false, "Email", "E mail", "Mail", "Indirizzo email", "Email referente", "Posta elettronica");
    public static readonly ImportField Consent = new("consent", "Consenso al contatto (sì/no)", false, "Consenso", "Consenso al contatto", "Consenso privacy", "Privacy", "Contattabile");
    public static readonly ImportField Notes = new("notes", "Note", false, "Note", "Annotazioni", "Osservazioni", "Note CSR");

    public static readonly ImportField ActivityDate = new("date", "Data", true, "Data", "Data attivita", "Data contatto", "Giorno", "Quando");
    public static readonly ImportField ActivityType = new("type", "Tipo", true, "Tipo", "Tipo attivita", "Tipo contatto", "Attivita", "Canale");
    public static readonly ImportField ActivityCompany = new("company", "Azienda", true, "Azienda", "Ragione sociale", "Cliente", "Impresa", "Societa", "Denominazione");
    public static readonly ImportField ActivityOutcome = new("outcome", "Esito", false, "Esito", "Risultato");
    public static readonly ImportField ActivityUser = new("user", "Svolta da (e-mail o nome)", false, "Account", "Account manager", "Operatore", "Utente", "Svolta da", "Chi", "Commerciale");
    public static readonly ImportField ActivityNotes = new("notes", "Note", false, "Note", "Descrizione", "Resoconto", "Dettagli", "Commento");

    public static readonly ImportField LastName = new("lastName", "Cognome", false, "Cognome", "Cognome utente", "Cognome persona");
    public static readonly ImportField FirstName = new("firstName", "Nome", false, "Nome", "Nome utente", "Nome persona", "Nome di battesimo");
    public static readonly ImportField FullName = new("fullName", "Cognome e nome", false, "Cognome e nome", "Cognome nome", "Nominativo", "Utente", "Beneficiario", "Persona");
    public static readonly ImportField BirthYear = new("birthYear", "Anno o data di nascita", true, "Anno di nascita", "Anno nascita", "Data di nascita", "Data nascita", "Nato il", "Nata il", "Nato a il", "Classe");
    public static readonly ImportField Gender = new("gender", "Genere (F, M, X)", true, "Genere", "Sesso", "M F", "F M");
    public static readonly ImportField PersonEmail = new("email", "E-mail", false, "Email", "E mail", "Mail", "Indirizzo email", "Posta elettronica");
    public static readonly ImportField PersonPhone = new("phone", "Telefono", false, "Telefono", "Tel", "Cellulare", "Cell", "Recapito", "Recapito telefonico", "Numero di telefono");
    public static readonly ImportField Residence = new("residence", "Comune di residenza", true, "Comune di residenza", "Residenza", "Comune residenza", "Residente a", "Comune", "Citta", "Domicilio", "Comune di domicilio");
    public static readonly ImportField TakenInChargeOn = new("takenInChargeOn", "Data di presa in carico", true, "Data presa in carico", "Presa in carico", "Data di presa in carico", "Data inizio percorso", "Inizio percorso", "Data ingresso", "Data invio", "Data segnalazione");
    public static readonly ImportField Education = new("education", "Titolo di studio", false, "Titolo di studio", "Titolo studio", "Istruzione", "Scolarita", "Livello di istruzione");
    public static readonly ImportField ItalianLevel = new("italian", "Livello di italiano (A1–C2, madrelingua)", false, "Italiano", "Livello italiano", "Livello di italiano", "Conoscenza italiano", "Lingua italiana");
    public static readonly ImportField DrivingLicences = new("licences", "Patenti", false, "Patente", "Patenti", "Patente di guida", "Tipo patente");
    public static readonly ImportField HasCar = new("car", "Automunito/a (sì/no)", false, "Automunito", "Automunita", "Auto", "Auto propria", "Mezzo proprio");
    public static readonly ImportField Skills = new("skills", "Competenze", false, "Competenze", "Abilita", "Skills", "Competenze professionali");
    public static readonly ImportField Profile = new("profile", "Profilo professionale", false, "Profilo", "Profilo professionale", "Sintesi CV", "Curriculum", "Esperienze", "Esperienze lavorative");
    public static readonly ImportField PathStatus = new("status", "Stato del percorso", false, "Stato", "Stato percorso", "Stato del percorso");
    public static readonly ImportField ClosedOn = new("closedOn", "Data di chiusura", false, "Data chiusura", "Data di chiusura", "Chiusura", "Fine percorso", "Data fine percorso");
    public static readonly ImportField ClosureOutcome = new("closure", "Esito della chiusura", false, "Esito", "Esito chiusura", "Esito percorso", "Motivo chiusura");
    public static readonly ImportField ProtectedCategory = new("protectedCategory", "Categoria protetta L. 68/99 (art. 1, art. 18, no)", false, "Categoria protetta", "L 68", "L 68 99", "Legge 68", "Categoria L 68", "Iscrizione L 68", "Collocamento mirato") { Sensitive = true };
    public static readonly ImportField TargetGroup = new("targetGroup", "Fragilità (target)", false, "Target", "Gruppo target", "Fragilita", "Svantaggio", "Vulnerabilita", "Tipo di svantaggio") { Sensitive = true };

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind switch
    {
        ImportKind.Companies => [LegalName, VatNumber, FiscalCode, Address, PostalCode, Municipality, Province, IstatCode, Employees, Ateco, ContactName, ContactRole, Phone, Email, Consent, Notes],
        ImportKind.Activities => [ActivityDate, ActivityType, ActivityCompany, VatNumber, Municipality, ContactName, ActivityOutcome, ActivityUser, ActivityNotes],
        ImportKind.People => [LastName, FirstName, FullName, BirthYear, Gender, Residence, Province, IstatCode, TakenInChargeOn, PersonEmail, PersonPhone, Education, ItalianLevel, DrivingLicences, HasCar, Skills, Profile, PathStatus, ClosedOn, ClosureOutcome, ProtectedCategory, TargetGroup],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No fields for this kind of import."),
    };
}
