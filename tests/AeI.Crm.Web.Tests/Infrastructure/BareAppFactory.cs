using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>The real app on a real SQLite file as a new installation starts: no demo, one first administrator.</summary>
public sealed class BareAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-bare-" + Guid.NewGuid().ToString("N"));

    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataFolder", _folder);
        // The scheduler stays off: tests run the jobs themselves, so counts do not move under them.
        builder.UseSetting("FollowUps:Schedule:Enabled", "false");
        builder.UseSetting("BootstrapAdmin:Email", "admin@coop.local");
        builder.UseSetting("BootstrapAdmin:Password", CrmAppFactory.TestPassword);
    }

    public async Task<string> CreateUserAsync(string role)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var email = $"test-{Guid.NewGuid():N}@prova.local";
        var user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Utente Di Prova" };
        Assert.True((await users.CreateAsync(user, CrmAppFactory.TestPassword)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestFolder.Delete(_folder);
    }
}

/// <summary>Test classes that must not share the machine with the others of this assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialApp : ICollectionFixture<BareAppFactory>
{
    public const string Name = "serial";
}
