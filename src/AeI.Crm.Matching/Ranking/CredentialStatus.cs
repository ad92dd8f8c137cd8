using System.Text.RegularExpressions;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Whether a licence or certificate as written is actually held: an expired one ("HACCP scaduto
/// 2021"), one still being taken ("patente C in corso", "iscritto al corso OSS") or suspended does
/// not count. "In corso di validità" and "scade nel 2027" are held.
/// </summary>
public static partial class CredentialStatus
{
    /// <summary>False when the text says the credential has expired, is in progress or is suspended.</summary>
    public static bool IsHeld(string? text) => text is not null && !NotHeld().IsMatch(text);

    [GeneratedRegex(
        @"\b(scadut[aoie]|in\s+corso(?!\s+di\s+validit)|in\s+attesa|in\s+fase\s+di|da\s+(rinnovare|conseguire|rifare|completare)|non\s+(ancora\s+)?(valid|conseguit|rinnovat|complet)|sospes[aoie]|ritirat[aoie]|revocat[aoie]|iscritt[aoie]\s+al|sta\s+(prendendo|facendo|frequentando)|frequenta|prenotat[aoie]|previst[aoie]|mancante|in\s+rinnovo|foglio\s+rosa)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHeld();
}
