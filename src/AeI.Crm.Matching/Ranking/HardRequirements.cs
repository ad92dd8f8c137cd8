using System.Globalization;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// Checks every hard requirement of a position against a person: licences, certificates, the
/// law-68 reservation, the minimum language level, part-time/full-time, shifts and the commute.
/// </summary>
public sealed class HardRequirements(CertificateKeys certificates, MunicipalityPoints points)
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>The requirements the person breaks; empty when they may be proposed.</summary>
    public IReadOnlyList<RequirementFailure> Check(CandidateDocument c, VacancyDocument v)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(v);
        var failures = new List<RequirementFailure>();
        var licences = Licences.Effective(c.Licences);
        foreach (var l in v.RequiredLicences.Where(CredentialStatus.IsHeld).Select(Licences.Normalize).Where(l => l.Length > 0 && !licences.Contains(l)))
        {
            failures.Add(new(HardRequirement.Licence, $"Manca la patente {l}"));
        }

        foreach (var cert in v.RequiredCertificates.Where(r => !certificates.Satisfies(c.Certificates, r)))
        {
            failures.Add(new(HardRequirement.Certificate, $"Manca l'attestato «{cert}»"));
        }

        if (!MeetsReservation(c.ProtectedCategory, v.Reservation))
        {
            failures.Add(new(HardRequirement.Law68Reservation, "Posizione riservata a una categoria protetta (L. 68/99) diversa"));
        }

        if (v.MinLanguage is { } min && LevelOf(c, min.Code) < min.Level)
        {
            var has = c.Languages.FirstOrDefault(l => l.Code.Equals(min.Code, StringComparison.OrdinalIgnoreCase));
            failures.Add(new(HardRequirement.Language, $"Livello di {LanguageName(min.Code)} {(has is null ? "non indicato" : LevelText(has.Level))}, richiesto almeno {LevelText(min.Level)}"));
        }

        if (!MeetsHours(c.Availability, v.Hours))
        {
            failures.Add(new(HardRequirement.Hours, v.Hours == WorkingHours.PartTime ? "Cerca solo tempo pieno, la posizione è part-time" : "Disponibile solo part-time, la posizione è a tempo pieno"));
        }

        if (v.Shifts && !c.ShiftsOk)
        {
            failures.Add(new(HardRequirement.Shifts, "Non accetta turni, la posizione li prevede"));
        }

        var distance = points.DistanceKm(c.ResidenceIstat, v.WorkIstat);
        if (distance is null)
        {
            failures.Add(new(HardRequirement.UnknownLocation, "Comune di residenza o di lavoro sconosciuto: distanza non calcolabile"));
        }
        else if (distance > c.MaxCommuteKm)
        {
            failures.Add(new(HardRequirement.Commute, string.Create(Italian, $"Distanza {distance:0.0} km, oltre i {c.MaxCommuteKm} km che accetta")));
        }

        return failures;
    }

    /// <summary>
    /// A person's check against many positions ("Trova offerte"): what the person holds is read once,
    /// and each position is tested cheapest requirement first, stopping at the first one broken.
    /// Agrees with <see cref="Check"/>: true exactly when it finds no failure.
    /// </summary>
    public Func<VacancyDocument, bool> PassesFor(CandidateDocument c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var licences = Licences.Effective(c.Licences);
        var held = c.Certificates.SelectMany(certificates.IndexTerms).ToHashSet(StringComparer.Ordinal);
        var asked = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool HasCertificate(string required)
        {
            if (!asked.TryGetValue(required, out var ok))
            {
                asked[required] = ok = certificates.Requirement(required).Any(all => all.All(held.Contains));
            }

            return ok;
        }

        return v =>
            MeetsHours(c.Availability, v.Hours)
            && (!v.Shifts || c.ShiftsOk)
            && MeetsReservation(c.ProtectedCategory, v.Reservation)
            && (v.MinLanguage is not { } min || LevelOf(c, min.Code) >= min.Level)
            && v.RequiredLicences.Where(CredentialStatus.IsHeld).Select(Licences.Normalize).All(l => l.Length == 0 || licences.Contains(l))
            && points.DistanceKm(c.ResidenceIstat, v.WorkIstat) is { } km && km <= c.MaxCommuteKm
            && v.RequiredCertificates.All(HasCertificate);
    }

    /// <summary>Whether a person's law-68 category fits the position's reservation.</summary>
    public static bool MeetsReservation(ProtectedCategory category, Law68Reservation reservation) => reservation switch
    {
        Law68Reservation.None => true,
        Law68Reservation.Article1 => category == ProtectedCategory.Article1,
        Law68Reservation.Article18 => category == ProtectedCategory.Article18,
        _ => category is ProtectedCategory.Article1 or ProtectedCategory.Article18,
    };

    /// <summary>Whether a person's availability fits the position's hours.</summary>
    public static bool MeetsHours(Availability availability, WorkingHours hours) =>
        availability == Availability.Any || (hours == WorkingHours.PartTime ? availability == Availability.PartTime : availability == Availability.FullTime);

    /// <summary>A person's level in a language, 0 when not stated.</summary>
    public static CefrLevel LevelOf(CandidateDocument c, string code) =>
        c.Languages.Where(l => l.Code.Equals(code, StringComparison.OrdinalIgnoreCase)).Select(l => l.Level).DefaultIfEmpty((CefrLevel)0).Max();

    private static string LevelText(CefrLevel level) => level == CefrLevel.Native ? "madrelingua" : level.ToString();

    private static string LanguageName(string code) => code.ToLowerInvariant() switch
    {
        "it" => "italiano",
        "en" => "inglese",
        "fr" => "francese",
        "es" => "spagnolo",
        "de" => "tedesco",
        _ => code,
    };
}
