using AeI.Crm.Activities;
using AeI.Crm.Companies;

namespace AeI.Crm.Core.Tests.Companies;

public class CompanyActivityTests
{
    [Theory]
    [InlineData(RelationshipStatus.Prospect, ActivityType.Call, RelationshipStatus.Contacted)]
    [InlineData(RelationshipStatus.Dormant, ActivityType.Email, RelationshipStatus.Contacted)]
    [InlineData(RelationshipStatus.Contacted, ActivityType.Call, RelationshipStatus.Contacted)]
    [InlineData(RelationshipStatus.Contacted, ActivityType.OnSiteVisit, RelationshipStatus.Visited)]
    [InlineData(RelationshipStatus.Prospect, ActivityType.OnSiteVisit, RelationshipStatus.Visited)]
    [InlineData(RelationshipStatus.ActivePartner, ActivityType.OnSiteVisit, RelationshipStatus.ActivePartner)]
    public void An_activity_moves_the_relationship_forward_never_back(RelationshipStatus before, ActivityType type, RelationshipStatus after)
    {
        var company = new Company { Status = before };
        company.RecordActivity(type, new DateOnly(2026, 11, 30));
        Assert.Equal(after, company.Status);
    }

    [Fact]
    public void An_older_activity_does_not_move_the_last_contact_back()
    {
        var company = new Company { LastContactOn = new DateOnly(2026, 11, 30) };
        company.RecordActivity(ActivityType.Call, new DateOnly(2026, 10, 1));
        Assert.Equal(new DateOnly(2026, 11, 30), company.LastContactOn);
    }
}
