using AeI.Crm.Importing;
using AeI.Crm.Persistence;
using Hangfire;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Importing;

/// <summary>Imports: options, the engine, and a Hangfire server of their own (one worker, the "imports" queue).</summary>
public static class ImportScheduling
{
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped(sp => sp.GetRequiredService<IOptions<ImportOptions>>().Value);
        services.AddScoped(sp => new ImportFileStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddScoped<ImportRunner>();
        services.AddScoped<ImportJobs>();
        // An import runs on the instance it was uploaded to, whether or not that instance runs the follow-ups.
        services.AddHangfireServer(o =>
        {
            o.ServerName = "aei-crm-imports";
            o.Queues = [ImportJobs.Queue];
            o.WorkerCount = 1;
        });
        services.AddHostedService<ImportResumption>();
        return services;
    }
}
