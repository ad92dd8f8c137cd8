using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Users;

namespace AeI.Crm.Demo;

/// <summary>One demo job seeker whose age, languages, training, licences and experience agree.</summary>
internal static class DemoPerson
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Candidate, JobArchetype> Jobs = [];

    public static JobArchetype JobOf(Candidate candidate) => Jobs.TryGetValue(candidate, out var job) ? job : JobArchetypes.All[0];

    public static Candidate Create(DemoSeeder s, Caseload caseload, CrmUser mediator, DateOnly takenInCharge)
    {
        var f = s.Faker;
        var job = f.PickOne(JobArchetypes.All);
        var (group, category) = Vulnerability(f, caseload.Code);
        var gender = group == TargetGroup.WomanLeavingViolence ? "F" : f.Random.WeightedRandom(["F", "M"], [0.45f, 0.55f]);
        var age = group == TargetGroup.Neet ? f.Random.Int(18, 29) : f.Random.Int(20, 60);
        var bornAbroad = group is TargetGroup.Refugee or TargetGroup.Migrant || (group == TargetGroup.WomanLeavingViolence && f.Random.Bool(0.4f));
        var candidate = new Candidate
        {
            Caseload = caseload,
            Mediator = mediator,
            BirthYear = takenInCharge.Year - age,
            Gender = gender,
            TakenInChargeOn = takenInCharge,
            TargetGroup = group,
            ProtectedCategory = category,
            ResidenceIstat = Residence(s, caseload.Code),
        };

        if (bornAbroad)
        {
            var origin = f.PickOne(DemoNames.Abroad);
            candidate.FirstName = f.PickRandom(gender == "F" ? origin.FemaleNames : origin.MaleNames);
            candidate.LastName = f.PickRandom(origin.Surnames);
            candidate.Languages = [new() { Code = origin.Language, Level = CefrLevel.Native }, new() { Code = "it", Level = f.PickRandom(CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2) }];
            candidate.Education = f.PickRandom(EducationLevel.ForeignNotRecognised, EducationLevel.LowerSecondary, EducationLevel.Diploma);
        }
        else
        {
            candidate.FirstName = f.Name.FirstName(gender == "F" ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            candidate.LastName = f.Name.LastName();
            candidate.Languages = [new() { Code = "it", Level = CefrLevel.Native }];
            if (f.Random.Bool(0.4f))
            {
                candidate.Languages.Add(new() { Code = "en", Level = f.PickRandom(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1) });
            }

            candidate.Education = age < 25
                ? f.PickRandom(EducationLevel.LowerSecondary, EducationLevel.VocationalQualification)
                : f.PickRandom(EducationLevel.LowerSecondary, EducationLevel.VocationalQualification, EducationLevel.Diploma, EducationLevel.Diploma, EducationLevel.Degree);
        }

        candidate.Email = f.Random.Bool(0.8f) ? $"{DemoSeeder.Slug(candidate.FirstName)}.{DemoSeeder.Slug(candidate.LastName)}{f.Random.Int(1, 99)}@example.it" : null;
        candidate.Phone = Contacts.PhoneNumberNormalizer.ToE164($"3{f.Random.Int(20, 49)} {f.Random.Int(1000000, 9999999)}");
        candidate.HasCar = f.Random.Bool(caseload.Code == "CeLAV" ? 0.25f : 0.45f);
        candidate.DrivingLicences = candidate.HasCar || f.Random.Bool(0.2f) ? ["B"] : [];
        if (job.Licences.Contains("C") && f.Random.Bool(0.6f))
        {
            candidate.DrivingLicences = ["B", "C", "CQC"];
        }

        candidate.MaxCommuteKm = candidate.HasCar ? f.Random.Int(15, 40) : f.Random.Int(6, 20);
        candidate.Availability = f.Random.WeightedRandom([Availability.Any, Availability.FullTime, Availability.PartTime], [0.5f, 0.3f, 0.2f]);
        candidate.ShiftsOk = f.Random.Bool(job.ShiftsTypical ? 0.75f : 0.4f);
        candidate.Certificates = job.Certificates.Where(_ => f.Random.Bool(0.6f)).ToList();
        candidate.Skills = f.Random.ListItems(job.Skills.ToList(), f.Random.Int(2, Math.Min(4, job.Skills.Length))).ToList();
        candidate.Experiences = Experiences(f, job, age);
        candidate.Profile = Profile(candidate, job);
        Jobs.AddOrUpdate(candidate, job);
        return candidate;
    }

    private static (TargetGroup, ProtectedCategory) Vulnerability(Bogus.Faker f, string caseload)
    {
        if (caseload != "CeLAV")
        {
            // NIL and SIL are the local services for people with disabilities.
            return f.Random.Double() switch
            {
                < 0.8 => (TargetGroup.Disability, ProtectedCategory.Article1),
                < 0.88 => (TargetGroup.None, ProtectedCategory.Article18),
                _ => (TargetGroup.LongTermUnemployed, ProtectedCategory.None),
            };
        }

        var group = f.Random.WeightedRandom(
            [TargetGroup.Refugee, TargetGroup.Migrant, TargetGroup.ExDetainee, TargetGroup.Neet, TargetGroup.WomanLeavingViolence, TargetGroup.LongTermUnemployed, TargetGroup.Disability],
            [0.2f, 0.2f, 0.1f, 0.15f, 0.1f, 0.17f, 0.08f]);
        var category = group switch
        {
            TargetGroup.Disability => ProtectedCategory.Article1,
            TargetGroup.Refugee when f.Random.Bool(0.2f) => ProtectedCategory.Article18,
            _ => ProtectedCategory.None,
        };
        return (group, category);
    }

    private static string Residence(DemoSeeder s, string caseload)
    {
        var names = caseload switch
        {
            "NIL" => DemoNames.NilMunicipalities,
            "SIL" => DemoNames.SilMunicipalities,
            _ => ["Milano"],
        };
        var name = s.Faker.PickOne(names);
        return s.Municipalities.First(m => m.Name == name && m.ProvinceCode == "MI").IstatCode;
    }

    private static List<Experience> Experiences(Bogus.Faker f, JobArchetype job, int age)
    {
        var list = new List<Experience>();
        var maxYears = Math.Max(0, age - 17);
        if (maxYears == 0)
        {
            return list;
        }

        list.Add(new Experience
        {
            Role = job.Title,
            Sector = job.Sector,
            Years = Math.Min(maxYears, f.Random.Int(1, 8)),
            Description = f.PickRandom(job.Duties),
        });
        if (f.Random.Bool(0.35f))
        {
            list.Add(new Experience
            {
                Role = $"Tirocinio come {job.Title.ToLowerInvariant()}",
                Sector = job.Sector,
                Years = 0.5m,
                Description = f.PickRandom(job.Duties),
                WasInternship = true,
            });
        }

        if (f.Random.Bool(0.4f) && maxYears > 3)
        {
            var other = f.PickOne(JobArchetypes.All);
            list.Add(new Experience { Role = other.Title, Sector = other.Sector, Years = f.Random.Int(1, 3), Description = f.PickRandom(other.Duties) });
        }

        return list;
    }

    private static string Profile(Candidate c, JobArchetype job)
    {
        var exp = c.Experiences.FirstOrDefault();
        var parts = new List<string>
        {
            exp is null
                ? $"Alla prima esperienza lavorativa, interessato/a al settore {job.Sector}."
                : $"Ha lavorato come {exp.Role.ToLowerInvariant()} per circa {exp.Years:0.#} anni: {exp.Description}.",
            c.Availability switch
            {
                Availability.PartTime => "Cerca un lavoro part-time",
                Availability.FullTime => "Cerca un lavoro a tempo pieno",
                _ => "Disponibile sia a tempo pieno sia part-time",
            } + (c.ShiftsOk ? ", anche su turni e nei fine settimana." : ", preferibilmente su orario giornaliero."),
            c.HasCar ? $"Automunito/a, si sposta fino a {c.MaxCommuteKm} km." : $"Si sposta con i mezzi pubblici, fino a circa {c.MaxCommuteKm} km.",
        };
        if (c.Certificates.Count > 0)
        {
            parts.Add($"In possesso di: {string.Join(", ", c.Certificates)}.");
        }

        parts.Add("Puntuale e motivato/a, lavora bene in squadra.");
        return string.Join(' ', parts);
    }
}
