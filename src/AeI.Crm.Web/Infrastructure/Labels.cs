using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>Italian names of the domain's values (keys for the UI string localizer).</summary>
public static class Labels
{
    public static string Of(RelationshipStatus s) => s switch
    {
        RelationshipStatus.Prospect => "Da contattare",
        RelationshipStatus.Contacted => "Contattata",
        RelationshipStatus.Visited => "Visitata",
        RelationshipStatus.ActivePartner => "Partner attivo",
        RelationshipStatus.Dormant => "Inattiva",
        _ => s.ToString(),
    };

    public static string Of(ActivityType t) => t switch
    {
        ActivityType.Call => "Telefonata",
        ActivityType.Email => "E-mail",
        ActivityType.VideoCall => "Videochiamata",
        ActivityType.OnSiteVisit => "Visita in sede",
        ActivityType.Event => "Evento",
        _ => t.ToString(),
    };

    public static string Of(ActivityOutcome o) => o switch
    {
        ActivityOutcome.Positive => "Positivo",
        ActivityOutcome.Neutral => "Neutro",
        ActivityOutcome.Negative => "Negativo",
        ActivityOutcome.NoAnswer => "Nessuna risposta",
        _ => o.ToString(),
    };

    public static string Of(VacancyStatus s) => s switch
    {
        VacancyStatus.Open => "Aperta",
        VacancyStatus.OnHold => "Sospesa",
        VacancyStatus.Filled => "Coperta",
        VacancyStatus.Closed => "Chiusa",
        _ => s.ToString(),
    };

    public static string Of(ContractType c) => c switch
    {
        ContractType.Internship => "Tirocinio",
        ContractType.FixedTerm => "Tempo determinato",
        ContractType.Permanent => "Tempo indeterminato",
        ContractType.Apprenticeship => "Apprendistato",
        ContractType.AgencyWork => "Somministrazione",
        _ => c.ToString(),
    };

    public static string Of(WorkingHours h) => h == WorkingHours.PartTime ? "Part-time" : "Tempo pieno";

    public static string Of(Availability a) => a switch
    {
        Availability.FullTime => "Tempo pieno",
        Availability.PartTime => "Part-time",
        _ => "Indifferente",
    };

    public static string Of(Law68Reservation r) => r switch
    {
        Law68Reservation.None => "Nessuna riserva",
        Law68Reservation.Article1 => "L. 68 art. 1",
        Law68Reservation.Article18 => "L. 68 art. 18",
        _ => "L. 68 art. 1 o art. 18",
    };

    public static string Of(ProtectedCategory p) => p switch
    {
        ProtectedCategory.Article1 => "L. 68 art. 1 (disabilità)",
        ProtectedCategory.Article18 => "L. 68 art. 18",
        _ => "Nessuna",
    };

    public static string Of(TargetGroup g) => TargetGroupNames.Of(g);

    public static string Of(CandidateStatus s) => s switch
    {
        CandidateStatus.Active => "In carico",
        CandidateStatus.InInternship => "In tirocinio",
        CandidateStatus.Placed => "Assunto/a",
        _ => "Chiuso",
    };

    public static string Of(ClosureOutcome o) => o switch
    {
        ClosureOutcome.Hired => "Assunzione",
        ClosureOutcome.InternshipCompleted => "Tirocinio concluso",
        ClosureOutcome.Dropout => "Abbandono",
        ClosureOutcome.ReturnedToService => "Restituito al servizio",
        ClosureOutcome.Moved => "Trasferimento",
        _ => "Altro",
    };

    public static string Of(EducationLevel e) => e switch
    {
        EducationLevel.None => "Nessun titolo",
        EducationLevel.PrimarySchool => "Licenza elementare",
        EducationLevel.LowerSecondary => "Licenza media",
        EducationLevel.VocationalQualification => "Qualifica professionale",
        EducationLevel.Diploma => "Diploma",
        EducationLevel.Degree => "Laurea",
        _ => "Titolo estero non riconosciuto",
    };

    public static string Of(AeI.Crm.Matching.Ranking.FitBand b) => b switch
    {
        AeI.Crm.Matching.Ranking.FitBand.Excellent => "Ottimo",
        AeI.Crm.Matching.Ranking.FitBand.Good => "Buono",
        _ => "Marginale",
    };

    public static string Of(PlacementStage s) => PlacementStageNames.Italian(s);

    public static string Of(CefrLevel l) => l == CefrLevel.Native ? "madrelingua" : l.ToString();
}
