using AeI.Crm.Common;

namespace AeI.Crm.Importing;

/// <summary>A field an import can fill, with the Italian headers it is usually written as.</summary>
public sealed record ImportField(string Key, string Label, bool Required, params string[] Headers)
{
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

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind switch
    {
        ImportKind.Companies => [LegalName, VatNumber, FiscalCode, Address, PostalCode, Municipality, Province, IstatCode, Employees, Ateco, ContactName, ContactRole, Phone, Email, Consent, Notes],
        ImportKind.Activities => [ActivityDate, ActivityType, ActivityCompany, VatNumber, Municipality, ContactName, ActivityOutcome, ActivityUser, ActivityNotes],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No fields for this kind of import."),
    };
}
