using System.Collections.Concurrent;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Tests.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Tests.Scheduling;

/// <summary>
/// A host's background jobs run with that host's services. Hangfire keeps a process-wide activator
/// (<see cref="JobActivator.Current"/>), set by whichever host configured Hangfire last: with several
/// hosts in one process (the tests) a server that took it could activate its jobs from another host,
/// another database or a disposed one (found by CI: an import job failed with ObjectDisposedException).
/// </summary>
[Collection(SerialApp.Name)]
public sealed class JobActivationTests
{
    [Fact]
    public async Task A_job_runs_with_the_services_of_the_host_that_enqueued_it()
    {
        await using var bare = new BareAppFactory();
        // Another host takes the process-wide activator just before this host's servers are built.
        await using var app = bare.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ActivatorTakeover>())));
        try
        {
            var marker = Guid.NewGuid().ToString("N");
            var ran = ProbeJob.Expect(marker);
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.RecordAsync(marker));

            Assert.Equal(bare.Folder, await ran.WaitAsync(TimeSpan.FromMinutes(1)));
        }
        finally
        {
            JobActivator.Current = new JobActivator();
        }
    }

    /// <summary>
    /// Stands for another host configuring Hangfire while this one builds its servers: built first, it
    /// has this host configure Hangfire (which sets the process-wide activator to this host's), then
    /// the other host takes the process-wide activator before the servers ask for one.
    /// </summary>
    private sealed class ActivatorTakeover : IHostedService
    {
        public ActivatorTakeover(IGlobalConfiguration configured)
        {
            ArgumentNullException.ThrowIfNull(configured);
            JobActivator.Current = new ForeignActivator();
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ForeignActivator : JobActivator
    {
        public override object ActivateJob(Type jobType) => throw new ObjectDisposedException("IServiceProvider", "another host's services");
    }
}

/// <summary>Says which host's data folder the job was given.</summary>
public sealed class ProbeJob(IOptions<StorageOptions> storage)
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public static Task<string> Expect(string marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    [Queue(AeI.Crm.Web.Importing.ImportJobs.Queue)]
    public Task RecordAsync(string marker)
    {
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(storage.Value.DataFolder);
        return Task.CompletedTask;
    }
}
