using AeI.Crm.Demo;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Web.SearchIndex;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// Migrates the database, creates the roles, then the demo or the first admin. A hosted service,
/// so it finishes before the server takes requests, in the app and under WebApplicationFactory.
/// </summary>
public sealed class StartupTasks(IServiceProvider root) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTasks>();
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        var db = services.GetRequiredService<CrmDbContext>();
        await DatabaseInitializer.InitializeAsync(db, cancellationToken);
        DataFolder.RestrictFiles(storage);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var seeder = services.GetRequiredService<DemoSeeder>();
        var seeded = false;
        if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled && await seeder.IsDatabaseEmptyAsync(cancellationToken))
        {
            var started = TimeProvider.System.GetTimestamp();
            logger.LogInformation("Loading the demo");
            await seeder.SeedAsync(cancellationToken);
            seeded = true;
            logger.LogInformation("Demo data loaded in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
        }
        else
        {
            await CreateBootstrapAdminAsync(services, logger);
        }

        // The search indexes are rebuilt from the database when missing, unreadable, outdated or
        // left half-built; then they catch up with the changes after their cursors.
        var index = services.GetRequiredService<CandidateIndex>();
        var sync = services.GetRequiredService<SearchIndexSync>();
        if (seeded || index.NeedsRebuild)
        {
            var started = TimeProvider.System.GetTimestamp();
            logger.LogInformation("Rebuilding the search index");
            var count = await sync.RebuildAsync(cancellationToken);
            logger.LogInformation("Search index rebuilt: {Count} people in {Elapsed}", count, TimeProvider.System.GetElapsedTime(started));
        }

        var positions = services.GetRequiredService<VacancyIndex>();
        if (seeded || positions.NeedsRebuild)
        {
            var started = TimeProvider.System.GetTimestamp();
            var count = await sync.RebuildPositionsAsync(cancellationToken);
            logger.LogInformation("Positions' index rebuilt: {Count} open positions in {Elapsed}", count, TimeProvider.System.GetElapsedTime(started));
        }

        var applied = await sync.CatchUpAsync(cancellationToken);
        if (applied > 0)
        {
            logger.LogInformation("Search index caught up: {Count} changes", applied);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CreateBootstrapAdminAsync(IServiceProvider services, ILogger logger)
    {
        var users = services.GetRequiredService<UserManager<CrmUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var options = services.GetRequiredService<IOptions<BootstrapAdminOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrWhiteSpace(options.Password))
        {
            throw new StartupRefusedException(
                "Nessun utente può accedere: imposta BootstrapAdmin__Email e BootstrapAdmin__Password per creare il primo amministratore, oppure Demo__Enabled=true per la demo. / " +
                "No user can sign in: set BootstrapAdmin__Email and BootstrapAdmin__Password to create the first administrator, or Demo__Enabled=true for the demo (docs/operations.md).");
        }

        var admin = new CrmUser { UserName = options.Email, Email = options.Email, EmailConfirmed = true, FullName = options.FullName };
        var result = await users.CreateAsync(admin, options.Password);
        if (!result.Succeeded)
        {
            throw new StartupRefusedException("BootstrapAdmin: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        logger.LogInformation("Created the first administrator {Email}", options.Email);
    }
}
