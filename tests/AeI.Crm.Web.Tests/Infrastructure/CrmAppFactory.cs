using AeI.Crm.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>The real app on a real SQLite file in a fresh folder, loaded with the demo.</summary>
public sealed class CrmAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "aei-crm.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", _folder);
        builder.UseSetting("Demo:Enabled", "true");
    }

    public CrmDbContext NewDbContext(out IServiceScope scope)
    {
        scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CrmDbContext>();
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public async Task<SignedInClient> SignInAsync(string email, string password = "Demo2020!")
    {
        var client = new SignedInClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<CrmAppFactory>
{
    public const string Name = "app";
}
