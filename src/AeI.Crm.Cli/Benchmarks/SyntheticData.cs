using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Demo;
using AeI.Crm.Geography;
using AeI.Crm.Matching.Model;
using Bogus;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>Synthetic Italian candidates and positions for the scale benchmark (Bogus, demo job archetypes).</summary>
public sealed class SyntheticData(int seed)
{
    private static readonly string[] Lombardy = MunicipalityCatalog.Load().Where(m => m.Region == "Lombardia").Select(m => m.IstatCode).ToArray();
    private static readonly string[] Milan = MunicipalityCatalog.Load().Where(m => m.ProvinceCode == "MI").Select(m => m.IstatCode).ToArray();
    private static readonly string[] Caseloads = ["CeLAV", "NIL", "SIL"];
    private static readonly string[] Adjectives = ["affidabile", "puntuale", "motivato", "preciso", "volenteroso", "riservato", "socievole", "paziente"];

    private readonly Faker _f = new("it") { Random = new Randomizer(seed) };

    public CandidateDocument Candidate(int i)
    {
        var job = _f.PickRandom(JobArchetypes.All.ToArray());
        var other = _f.PickRandom(JobArchetypes.All.ToArray());
        var native = _f.Random.Bool(0.7f);
        return new CandidateDocument
        {
            Id = "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Caseload = _f.PickRandom(Caseloads),
            ResidenceIstat = _f.PickRandom(Lombardy),
            Languages = native ? [new("it", CefrLevel.Native)] : [new("it", _f.PickRandom(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2)), new(_f.PickRandom("ar", "fr", "en", "es"), CefrLevel.Native)],
            Licences = _f.Random.Bool(0.6f) ? job.Licences.Length > 0 && _f.Random.Bool(0.5f) ? ["B", "C", "CQC"] : ["B"] : [],
            HasCar = _f.Random.Bool(0.4f),
            MaxCommuteKm = _f.Random.Int(5, 60),
            Availability = _f.PickRandom<Availability>(),
            ShiftsOk = _f.Random.Bool(0.6f),
            ProtectedCategory = _f.Random.WeightedRandom([ProtectedCategory.None, ProtectedCategory.Article1, ProtectedCategory.Article18], [0.75f, 0.2f, 0.05f]),
            Certificates = job.Certificates.Where(_ => _f.Random.Bool(0.6f)).ToList(),
            Skills = _f.Random.ListItems(job.Skills.ToList(), _f.Random.Int(1, job.Skills.Length)).ToList(),
            Experiences =
            [
                new(job.Title, job.Sector, _f.Random.Int(1, 12), _f.PickRandom(job.Duties)),
                .. _f.Random.Bool(0.4f) ? [new ExperienceEntry(other.Title, other.Sector, _f.Random.Int(1, 4), _f.PickRandom(other.Duties))] : Array.Empty<ExperienceEntry>(),
            ],
            Profile = $"{_f.Name.FirstName()} è {_f.PickRandom(Adjectives)} e {_f.PickRandom(Adjectives)}; cerca lavoro nel settore {job.Sector}, {(native ? "italiano madrelingua" : "sta migliorando l'italiano")}.",
            Education = _f.PickRandom("licenza media", "qualifica professionale", "diploma", "laurea"),
        };
    }

    public VacancyDocument Vacancy(int i)
    {
        var job = _f.PickRandom(JobArchetypes.All.ToArray());
        return new VacancyDocument
        {
            Id = "V" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = job.Title,
            Description = $"Cerchiamo {job.Title.ToLowerInvariant()} per il settore {job.Sector}: {_f.PickRandom(job.Duties)}.",
            Required = _f.Random.ListItems(job.Skills.ToList(), 2).ToList(),
            Preferred = _f.Random.ListItems(job.Skills.ToList(), 1).ToList(),
            RequiredLicences = job.Licences.Take(1).ToList(),
            RequiredCertificates = job.Certificates.Length > 0 && _f.Random.Bool(0.4f) ? [job.Certificates[0]] : [],
            MinLanguage = new LanguageLevel("it", Enum.Parse<CefrLevel>(job.MinItalian)),
            Hours = job.PartTimeTypical && _f.Random.Bool() ? WorkingHours.PartTime : WorkingHours.FullTime,
            Shifts = job.ShiftsTypical && _f.Random.Bool(0.6f),
            Reservation = _f.Random.WeightedRandom([Law68Reservation.None, Law68Reservation.Article1, Law68Reservation.Any], [0.8f, 0.15f, 0.05f]),
            WorkIstat = _f.PickRandom(Milan),
        };
    }
}
