using AeI.Crm.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>A real installation starts without demo users, with private files, or says in one line why it cannot.</summary>
public class StartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aei-crm-startup-" + Guid.NewGuid().ToString("N"));

    private sealed class Installation(string folder, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", folder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    /// <summary>Runs the app as an operator would (no launch profile: Production) and returns its exit code and error output.</summary>
    private static async Task<(int ExitCode, string Errors)> RunAppAsync(string dataFolder)
    {
        using var process = System.Diagnostics.Process.Start(AppProcess.StartInfo(dataFolder))!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await errors);
    }

    [Fact]
    public async Task Production_with_an_empty_database_and_no_first_admin_refuses_to_start()
    {
        var (exitCode, errors) = await RunAppAsync(_folder);
        Assert.Equal(1, exitCode);
        var last = errors.TrimEnd().Split('\n')[^1];
        Assert.Contains("BootstrapAdmin__Email", last, StringComparison.Ordinal);
        Assert.Contains("Demo__Enabled=true", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_a_first_admin_starts_without_demo_users_and_with_private_files()
    {
        await using var app = new Installation(_folder, new() { ["BootstrapAdmin:Email"] = "capo@coop.local", ["BootstrapAdmin:Password"] = "una frase lunga per il primo accesso" });
        using var client = app.CreateClient();
        var emails = await QueryEmailsAsync(app);
        Assert.Equal(["capo@coop.local"], emails);
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(_folder, "aei-crm.db")));
            Assert.Equal(ownerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
            Assert.Equal(ownerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_folder, "keys")));
            var keys = Directory.GetFiles(Path.Combine(_folder, "keys"));
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Equal(ownerOnly, OperatingSystem.IsWindows() ? ownerOnly : File.GetUnixFileMode(k)));
        }
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_is_named_in_one_line()
    {
        // A regular file where a folder should be: refused even for root, who ignores permission bits.
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        var data = Path.Combine(blocker, "data");
        var (exitCode, errors) = await RunAppAsync(data);
        Assert.Equal(1, exitCode);
        var last = errors.TrimEnd().Split('\n')[^1];
        Assert.Contains($"«{data}»", last, StringComparison.Ordinal);
        Assert.Contains("permission", last, StringComparison.Ordinal);
    }

    private static async Task<List<string>> QueryEmailsAsync(WebApplicationFactory<Program> app)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CrmDbContext>(scope.ServiceProvider);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(System.Linq.Queryable.Select(db.Users, u => u.Email!));
    }

    public void Dispose()
    {
        TestFolder.Delete(_folder);
        GC.SuppressFinalize(this);
    }
}
