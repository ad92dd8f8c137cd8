using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Candidates;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Model;

namespace AeI.Crm.Matching.Tests;

/// <summary>The reference data, loaded once for all tests (about a second).</summary>
public sealed class MatchingFixture : IDisposable
{
    public MatchingContext Context { get; } = new();

    public void Dispose() => Context.Dispose();

    /// <summary>A fresh on-disk index in a temporary folder.</summary>
    public TempIndex NewIndex(params CandidateDocument[] people)
    {
        var index = new TempIndex(Context);
        index.Index.Rebuild(people);
        return index;
    }

    // ISTAT codes: Milano, Rho, Pero, Magenta, Bergamo, Roma.
    public const string Milano = "015146";
    public const string Rho = "015182";
    public const string Pero = "015170";
    public const string Magenta = "015130";
    public const string Bergamo = "016024";
    public const string Roma = "058091";

    public static CandidateDocument Person(string id, Action<PersonBuilder>? configure = null)
    {
        var b = new PersonBuilder { Id = id };
        configure?.Invoke(b);
        return b.Build();
    }

    public static VacancyDocument Position(string title, Func<VacancyDocument, VacancyDocument>? configure = null)
    {
        var v = new VacancyDocument { Id = "V-" + title, Title = title, WorkIstat = Milano, Hours = WorkingHours.FullTime };
        return configure is null ? v : configure(v);
    }
}

/// <summary>A candidate with sensible defaults: Italian native, in Milan, 20 km, any hours, shifts OK.</summary>
public sealed class PersonBuilder
{
    public string Id { get; set; } = "";
    public string Caseload { get; set; } = "CeLAV";
    public string Residence { get; set; } = MatchingFixture.Milano;
    public List<LanguageLevel> Languages { get; set; } = [new("it", CefrLevel.Native)];
    public List<string> Licences { get; set; } = [];
    public int MaxCommuteKm { get; set; } = 20;
    public bool HasCar { get; set; }
    public Availability Availability { get; set; } = Availability.Any;
    public bool ShiftsOk { get; set; } = true;
    public ProtectedCategory Category { get; set; } = ProtectedCategory.None;
    public List<string> Certificates { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<ExperienceEntry> Experiences { get; set; } = [];
    public string? Profile { get; set; }

    public CandidateDocument Build() => new()
    {
        Id = Id,
        Caseload = Caseload,
        ResidenceIstat = Residence,
        Languages = Languages,
        Licences = Licences,
        MaxCommuteKm = MaxCommuteKm,
        HasCar = HasCar,
        Availability = Availability,
        ShiftsOk = ShiftsOk,
        ProtectedCategory = Category,
        Certificates = Certificates,
        Skills = Skills,
        Experiences = Experiences,
        Profile = Profile,
        DisplayName = Id,
    };
}

public sealed class TempIndex : IDisposable
{
    public TempIndex(MatchingContext context)
    {
        Folder = Path.Combine(Path.GetTempPath(), "aei-crm-matching-tests-" + Guid.NewGuid().ToString("N"));
        Context = context;
        Index = new CandidateIndex(Folder, context);
    }

    public string Folder { get; }

    public MatchingContext Context { get; }

    public CandidateIndex Index { get; private set; }

    public AeI.Crm.Matching.Ranking.CandidateMatcher Matcher => new(Index);

    /// <summary>Closes and opens the index again, as an app restart does.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = new CandidateIndex(Folder, Context);
    }

    public void Dispose()
    {
        Index.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>A fresh on-disk index of open positions in a temporary folder.</summary>
public sealed class TempVacancyIndex : IDisposable
{
    public TempVacancyIndex(MatchingContext context, params VacancyDocument[] positions)
    {
        Folder = Path.Combine(Path.GetTempPath(), "aei-crm-vacancy-tests-" + Guid.NewGuid().ToString("N"));
        Context = context;
        Index = new VacancyIndex(Folder, context);
        Index.Rebuild(positions);
    }

    public string Folder { get; }

    public MatchingContext Context { get; }

    public VacancyIndex Index { get; private set; }

    public AeI.Crm.Matching.Ranking.VacancyMatcher Matcher => new(Index);

    /// <summary>Closes and opens the index again, as an app restart does.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = new VacancyIndex(Folder, Context);
    }

    public void Dispose()
    {
        Index.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedMatching : ICollectionFixture<MatchingFixture>
{
    public const string Name = "matching";
}
