using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Matching.FollowUps;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.FollowUps;

/// <summary>
/// Hangfire for the follow-ups: in-memory storage (no file shared with the app's database, no
/// storage-level double execution), one worker, every piece of state that matters kept in the app's
/// database. See docs/decisions/0009.
/// </summary>
public static class FollowUpScheduling
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FollowUpRuleOptions>().Bind(configuration.GetSection(FollowUpRuleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FollowUpScheduleOptions>().Bind(configuration.GetSection(FollowUpScheduleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value);
        services.AddScoped<IEligibleCaseloads>(sp => new MatcherEligibleCaseloads(sp.GetRequiredService<CandidateMatcher>()));
        services.AddScoped(sp => new FollowUpRules(sp.GetRequiredService<CrmDbContext>(), sp.GetRequiredService<IOptions<FollowUpRuleOptions>>().Value, sp.GetRequiredService<IEligibleCaseloads>()));
        services.AddScoped<MailDelivery>();
        services.AddScoped<FollowUpDay>();
        services.AddScoped<FollowUpJobs>();
        services.AddScoped<FollowUpBadges>();
        services.AddScoped<AeI.Crm.Web.Pages.FollowUps.PersonLabels>();
        services.AddScoped<AeI.Crm.Web.Pages.FollowUps.RelatedFollowUps>();

        // The storage belongs to this host, not to Hangfire's static JobStorage.Current: two hosts in
        // one process (tests) would otherwise share one, and the first to stop would dispose it.
        services.AddSingleton<Hangfire.JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(2) }));
        // The same for the activator: AddHangfire would register Hangfire's static JobActivator.Current
        // as read when a server is built, which another host may have set in the meantime; its jobs
        // would then run with that host's services (another database, or a disposed provider).
        services.AddSingleton<Hangfire.JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // Hangfire's logging is a process-wide static: point it, once and for good, at a provider that
        // outlives any one host (see HangfireLogBridge), and attach this host's logging while it runs.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(HangfireLogBridge.Instance);
        services.AddHostedService<HangfireLogAttachment>();
        services.AddHangfire(c => c
            .UseLogProvider(HangfireLogBridge.Instance)
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        var schedule = configuration.GetSection(FollowUpScheduleOptions.Section).Get<FollowUpScheduleOptions>() ?? new FollowUpScheduleOptions();
        if (schedule.Enabled)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = 1;
                o.ServerName = "aei-crm";
                // Imports have a server and a queue of their own (see ImportScheduling).
                o.Queues = ["default"];
            });
            services.AddHostedService<FollowUpScheduleRegistration>();
        }

        return services;
    }

    public static WebApplication MapFollowUps(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DashboardTitle = "AeI CRM – lavori pianificati",
            AppPath = "/",
        });
        return app;
    }
}
