using AeI.Crm.Web.FollowUps;
using AeI.Crm.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.FollowUps;

/// <summary>
/// Hangfire keeps its logging in a static. Two app hosts in one process (the test run; an
/// operator's tool next to the app) must not break each other: when one stops, the other still
/// enqueues its jobs. The full test run once failed with "Cannot access a disposed object:
/// LoggerFactory" on every page that queues a job.
/// </summary>
public sealed class HangfireInProcessTests
{
    [Fact]
    public async Task A_host_stopping_leaves_the_other_able_to_enqueue()
    {
        await using var survivor = new BareAppFactory();
        _ = survivor.Services;
        await using (var other = new BareAppFactory())
        {
            // The other host configures Hangfire after the survivor did (as its scheduler does at start).
            _ = other.Services.GetRequiredService<IGlobalConfiguration>();
        }

        using var scope = survivor.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Create<FollowUpJobs>(j => j.DeliverOneAsync(1, CancellationToken.None), new ScheduledState(TimeSpan.FromDays(1)));

        Assert.False(string.IsNullOrEmpty(id));
        var storage = survivor.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        Assert.Equal(ScheduledState.StateName, connection.GetStateData(id)?.Name);
    }
}
