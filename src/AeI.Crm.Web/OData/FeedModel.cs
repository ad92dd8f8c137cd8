using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace AeI.Crm.Web.OData;

/// <summary>The one, static EDM model of the feed at /odata.</summary>
public static class FeedModel
{
    public const string Route = "odata";

    public static IEdmModel Model { get; } = Build();

    private static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = "AeI.Crm", ContainerName = "Crm" };
        builder.EntitySet<CompanyRow>("Companies");
        builder.EntitySet<ContactRow>("Contacts");
        builder.EntitySet<ActivityRow>("Activities");
        builder.EntitySet<VacancyRow>("Vacancies");
        builder.EntitySet<PlacementRow>("Placements");
        builder.EntitySet<CaseloadRow>("Caseloads");
        builder.EntitySet<FollowUpRow>("FollowUps");
        builder.EntitySet<CandidateRow>("Candidates");
        builder.EntityType<CompanyRow>().Name = "Company";
        builder.EntityType<ContactRow>().Name = "Contact";
        builder.EntityType<ActivityRow>().Name = "Activity";
        builder.EntityType<VacancyRow>().Name = "Vacancy";
        builder.EntityType<PlacementRow>().Name = "Placement";
        builder.EntityType<CaseloadRow>().Name = "Caseload";
        builder.EntityType<FollowUpRow>().Name = "FollowUp";
        builder.EntityType<CandidateRow>().Name = "Candidate";
        return builder.GetEdmModel();
    }
}
