using AutoMapper;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Mapping;

[Collection(SharedApp.Name)]
public class AutoMapperConfigurationTests(CrmAppFactory app)
{
    [Fact]
    public void The_mapping_configuration_is_valid()
    {
        var mapper = app.Services.GetRequiredService<IMapper>();
        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Fact]
    public void No_candidate_view_model_carries_a_sensitive_field()
    {
        var sensitive = typeof(AeI.Crm.Candidates.Candidate).GetProperties()
            .Where(p => p.IsDefined(typeof(AeI.Crm.Common.SensitiveDataAttribute), false)).Select(p => p.Name).ToList();
        Assert.Equal(["ProtectedCategory", "TargetGroup"], sensitive.Order());
        foreach (var viewModel in new[] { typeof(Web.Pages.Candidates.CandidateView), typeof(Web.Pages.Candidates.CandidateListItem), typeof(Web.Pages.Placements.PlacementCard) })
        {
            Assert.Empty(viewModel.GetProperties().Select(p => p.Name).Intersect(sensitive));
        }
    }
}
