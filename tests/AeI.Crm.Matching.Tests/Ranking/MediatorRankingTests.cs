using AeI.Crm.Matching.Model;
using AeI.Crm.Matching.Ranking;
using static AeI.Crm.Matching.Tests.MatchingFixture;

namespace AeI.Crm.Matching.Tests.Ranking;

/// <summary>
/// The eight things a mediator reads that a bag of words misses, each in a small case of its own:
/// other words for the same experience, caveats, generic words, neighbouring occupations,
/// requirement text that repeats a filter, depth of experience, word forms, certificates by level.
/// </summary>
[Collection(SharedMatching.Name)]
public class MediatorRankingTests(MatchingFixture fixture)
{
    private List<string> Rank(VacancyDocument v, params CandidateDocument[] people)
    {
        using var index = fixture.NewIndex(people);
        return index.Matcher.Rank(v).Matches.Select(m => m.Candidate.Id).ToList();
    }

    // 1. Experience described in other words.

    [Fact]
    public void A_role_written_in_English_meets_the_Italian_title()
    {
        var ranked = Rank(
            Position("Addetto/a magazzino", p => p with { Required = ["esperienza di magazzino"] }),
            Person("abroad", b => b.Experiences = [new("warehouse operative", "logistics", 5, "Loading bays and inventory.")]),
            Person("cashier", b => b.Experiences = [new("cassiera", "supermercato", 5, "Cassa e rifornimento.")]));
        Assert.Equal("abroad", ranked[0]);
    }

    [Fact]
    public void The_description_of_a_past_job_counts_not_only_its_role()
    {
        var ranked = Rank(
            Position("Addetto/a stireria", p => p with { Required = ["uso del ferro da stiro e della pressa"] }),
            Person("described", b => b.Experiences = [new("operaia", "tessile", 6, "Stiro dei capi con pressa a vapore e ferro da stiro.")]),
            Person("other", b => b.Experiences = [new("operaia", "metalmeccanico", 6, "Montaggio di valvole al banco.")]));
        Assert.Equal("described", ranked[0]);
    }

    // 2. Caveats in the profile.

    [Fact]
    public void What_the_profile_says_the_person_never_did_is_not_evidence()
    {
        var ranked = Rank(
            Position("Cuoco/a", p => p with { Required = ["esperienza in cucina"] }),
            Person("never", b =>
            {
                b.Experiences = [new("cameriere", "ristorazione", 4, "Servizio ai tavoli. Non ha mai lavorato in cucina.")];
                b.Profile = "Cameriere da 4 anni, mai lavorato in cucina come cuoco.";
            }),
            Person("cook", b => b.Experiences = [new("aiuto cuoco", "ristorazione", 2, "Preparazioni in cucina.")]));
        Assert.Equal(["cook", "never"], ranked);
    }

    [Fact]
    public void An_experience_that_ended_long_ago_ranks_below_a_recent_one()
    {
        var ranked = Rank(
            Position("Cameriera/e ai piani"),
            Person("long-ago", b => b.Experiences = [new("cameriera ai piani", "hotel", 6, "Albergo in centro dal 1995 al 2001.")]),
            Person("recent", b => b.Experiences = [new("cameriera ai piani", "hotel", 4, "Albergo in centro, fino a oggi.")]));
        Assert.Equal(["recent", "long-ago"], ranked);
    }

    [Fact]
    public void Health_limits_lower_a_physical_job_and_the_explanation_says_so()
    {
        using var index = fixture.NewIndex(
            Person("limits", b =>
            {
                b.Experiences = [new("facchino", "logistica", 10, "Carico e scarico camion.")];
                b.Profile = "Ernia del disco: non può sollevare pesi.";
            }),
            Person("fit", b => b.Experiences = [new("facchino", "logistica", 3, "Carico e scarico camion.")]));
        var v = Position("Facchino/a", p => p with { Required = ["movimentazione di carichi pesanti"] });
        var matches = index.Matcher.Rank(v).Matches;
        Assert.Equal(["fit", "limits"], matches.Select(m => m.Candidate.Id));
        Assert.Contains(matches[1].Explanation.Caveats!, c => c.Contains("Limiti fisici", StringComparison.Ordinal));
    }

    [Fact]
    public void No_car_for_a_night_shift_job_ranks_below_the_same_person_with_a_car()
    {
        var job = new ExperienceEntry("addetto pulizie", "servizi", 4, "Pulizia uffici.");
        var ranked = Rank(
            Position("Addetto/a pulizie notturne", p => p with { Shifts = true, Description = "Turni di notte dalle 22 alle 6." }),
            Person("no-car", b => { b.Experiences = [job]; }),
            Person("car", b => { b.Experiences = [job]; b.HasCar = true; }));
        Assert.Equal(["car", "no-car"], ranked);
    }

    [Fact]
    public void A_commute_close_to_the_person_s_own_limit_ranks_lower_than_the_same_km_well_within_it()
    {
        var job = new ExperienceEntry("magazziniere", "logistica", 5, "Carico merci.");
        // Both live in Rho, about 14 km from Milan: at the edge of one's limit, well within the other's.
        var ranked = Rank(
            Position("Magazziniere/a", p => p with { WorkIstat = Milano }),
            Person("at-limit", b => { b.Residence = Rho; b.MaxCommuteKm = 15; b.Experiences = [job]; }),
            Person("within", b => { b.Residence = Rho; b.MaxCommuteKm = 40; b.Experiences = [job]; }));
        Assert.Equal(["within", "at-limit"], ranked);
    }

    // 3. Generic words.

    [Fact]
    public void Sharing_only_generic_words_does_not_make_a_match()
    {
        var ranked = Rank(
            Position("Addetto/a junior giardinaggio", p => p with { Required = ["esperienza base di potatura"] }),
            Person("generic", b => b.Experiences = [new("addetto junior", "ufficio", 3, "Esperienza base di uso del PC.")]),
            Person("gardener", b => b.Experiences = [new("manutentore del verde", "verde pubblico", 3, "Potature e sfalci.")]));
        Assert.Equal("gardener", ranked[0]);
    }

    [Fact]
    public void An_occupation_is_never_read_from_generic_words_alone()
    {
        Assert.Empty(fixture.Context.OccupationsOf("addetto junior"));
        Assert.Empty(fixture.Context.OccupationsOf("operaio"));
        Assert.NotEmpty(fixture.Context.OccupationsOf("operaio agricolo"));
    }

    // 4. Adjacent occupations.

    [Fact]
    public void A_neighbouring_occupation_is_found_even_without_a_shared_word()
    {
        // A kitchen porter (ISCO 9412) and a cleaner (9112) are both elementary occupations; an accountant is not.
        var ranked = Rank(
            Position("Lavapiatti"),
            Person("cleaner", b => b.Experiences = [new("addetta alle pulizie", "servizi", 5, "Uffici e scale.")]),
            Person("accountant", b => b.Experiences = [new("contabile", "studio", 5, "Prima nota.")]));
        Assert.Equal("cleaner", ranked[0]);
        Assert.True(fixture.Context.Groups.Closeness(
            fixture.Context.OccupationsOf("lavapiatti")[0], fixture.Context.OccupationsOf("addetto pulizie negli stabili")[0]) > 0);
    }

    // 5. Requirement text that repeats a filter.

    [Fact]
    public void Words_of_a_passed_filter_add_no_score()
    {
        // Both hold licence B and accept shifts; one only writes it out in the profile many times.
        var job = new ExperienceEntry("autista", "trasporti", 5, "Consegne con furgone.");
        using var index = fixture.NewIndex(
            Person("writes-it", b => { b.Licences = ["B"]; b.Experiences = [job]; b.Profile = "Patente B, patente B, disponibile su turni, turni notturni e weekend."; }),
            Person("plain", b => { b.Licences = ["B"]; b.Experiences = [job]; b.Profile = "Autista di furgone."; }));
        var v = Position("Autista furgone", p => p with { RequiredLicences = ["B"], Shifts = true, Required = ["patente B", "disponibilità a turni"] });
        var matches = index.Matcher.Rank(v).Matches;
        Assert.Equal(2, matches.Count);
        Assert.True(matches.Single(m => m.Candidate.Id == "writes-it").Score <= matches.Single(m => m.Candidate.Id == "plain").Score + 0.05,
            string.Join(", ", matches.Select(m => $"{m.Candidate.Id}={m.Score:0.000}")));
    }

    // 6. Depth of experience.

    [Fact]
    public void Ten_years_in_the_role_rank_above_an_internship_above_a_skill_listed()
    {
        var ranked = Rank(
            Position("Saldatore/trice"),
            Person("skill", b => b.Skills = ["saldatura"]),
            Person("intern", b => b.Experiences = [new("tirocinante saldatore", "carpenteria", 0.25m, "Tirocinio di tre mesi.")]),
            Person("ten-years", b => b.Experiences = [new("saldatore", "carpenteria", 10, "Saldatura a filo.")]));
        Assert.Equal(["ten-years", "intern", "skill"], ranked);
    }

    [Fact]
    public void A_keyword_repeated_is_not_more_experience()
    {
        var ranked = Rank(
            Position("Pizzaiolo/a"),
            Person("repeats", b => { b.Experiences = [new("pizzaiolo", "ristorazione", 1, "Pizzaiolo pizzaiolo pizzaiolo, pizze e pizze.")]; b.Skills = ["pizzaiolo", "pizza", "pizzeria"]; }),
            Person("years", b => b.Experiences = [new("pizzaiolo", "ristorazione", 12, "Forno a legna.")]));
        Assert.Equal("years", ranked[0]);
    }

    // 7. Word forms.

    [Theory]
    [InlineData("Cuoca", "cuoco")]
    [InlineData("Addetto/a contabilità", "contabile")]
    [InlineData("Magazziniera", "magazzinieri")]
    public void Gender_number_and_role_versus_activity_meet(string title, string role)
    {
        var ranked = Rank(
            Position(title),
            Person("same", b => b.Experiences = [new(role, null, 4, null)]),
            Person("other", b => b.Experiences = [new("autista", null, 4, null)]));
        Assert.Equal("same", ranked[0]);
    }

    // 8. Certificates by level and duration, licences by entitlement, expired or in progress not held.

    [Theory]
    [InlineData("formazione sicurezza generale 4 ore", "formazione sicurezza lavoratori rischio alto 16 ore", false)]
    [InlineData("corso sicurezza 16 ore rischio alto", "formazione sicurezza lavoratori rischio alto (16 ore)", true)]
    [InlineData("16 ore rischio alto", "sicurezza 16 ore rischio alto", true)]
    [InlineData("formazione sicurezza rischio basso 8 ore", "sicurezza rischio medio", false)]
    [InlineData("antincendio rischio basso", "attestato antincendio rischio medio", false)]
    [InlineData("addetto antincendio livello 2", "attestato antincendio rischio medio", true)]
    [InlineData("antincendio rischio elevato (livello 3)", "antincendio rischio medio", true)]
    [InlineData("antincendio", "antincendio rischio medio", false)]
    [InlineData("HACCP (scaduto 2021)", "HACCP", false)]
    [InlineData("attestato OSS in corso", "attestato OSS", false)]
    [InlineData("HACCP in corso di validità", "HACCP", true)]
    [InlineData("attestato ASA", "attestato OSS", false)]
    [InlineData("ausiliario socio assistenziale", "attestato OSS", false)]
    [InlineData("ICDL Full Standard", "ECDL", true)]
    public void Certificates_are_held_by_subject_level_hours_and_validity(string held, string required, bool satisfies) =>
        Assert.Equal(satisfies, fixture.Context.Certificates.Satisfies([held], required));

    [Fact]
    public void A_phrase_two_groups_share_does_not_bridge_them_for_certificates()
    {
        var vocabulary = AeI.Crm.Matching.Analysis.SynonymVocabulary.Parse(["oss, operatore socio sanitario, ausiliario socio assistenziale", "asa, ausiliario socio assistenziale"]);
        var keys = new CertificateKeys(vocabulary);
        Assert.False(keys.Satisfies(["ausiliario socio assistenziale"], "oss"));
        Assert.True(keys.Satisfies(["operatore socio sanitario"], "oss"));
    }

    [Theory]
    [InlineData("B", "AM", true)]
    [InlineData("C", "B", true)]
    [InlineData("B", "C", false)]
    [InlineData("CQC persone", "CQC merci", false)]
    [InlineData("CQC merci", "CQC", true)]
    [InlineData("C (scaduta)", "C", false)]
    [InlineData("C in corso", "B", false)]
    public void Licences_by_what_they_entitle_to(string held, string required, bool satisfies)
    {
        var person = Person("p", b => b.Licences = [held]);
        var failures = fixture.Context.Requirements.Check(person, Position("Autista", p => p with { RequiredLicences = [required] }));
        Assert.Equal(satisfies, failures.All(f => f.Requirement != HardRequirement.Licence));
    }

    [Fact]
    public void The_index_filter_agrees_with_the_check_on_certificate_levels()
    {
        using var index = fixture.NewIndex(
            Person("low", b => { b.Certificates = ["antincendio rischio basso"]; b.Experiences = [Guard]; }),
            Person("medium", b => { b.Certificates = ["attestato antincendio rischio medio (8 ore)"]; b.Experiences = [Guard]; }),
            Person("expired", b => { b.Certificates = ["antincendio rischio medio (scaduto)"]; b.Experiences = [Guard]; }));
        var v = Position("Addetto/a sorveglianza", p => p with { RequiredCertificates = ["antincendio rischio medio"] });
        var result = index.Matcher.Rank(v);
        Assert.Equal(["medium"], result.Matches.Select(m => m.Candidate.Id));
        Assert.Equal(["expired", "low"], result.NearMisses.Select(m => m.Candidate.Id).Order());
    }

    private static readonly ExperienceEntry Guard = new("addetto sorveglianza", "servizi", 3, "Sorveglianza di un centro commerciale.");
}
