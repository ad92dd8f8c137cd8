using AeI.Crm.Persistence;
using Microsoft.Extensions.Configuration;

namespace AeI.Crm.Cli;

/// <summary>
/// The same settings the app reads: <c>appsettings.json</c> in the working folder, then
/// environment variables (<c>Storage__DataFolder</c>...), then <c>--data FOLDER</c> on the command line.
/// </summary>
public static class CliSettings
{
    public static IConfiguration Load(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        var overrides = new Dictionary<string, string?>();
        if (at >= 0 && at + 1 < args.Length)
        {
            overrides[$"{StorageOptions.Section}:{nameof(StorageOptions.DataFolder)}"] = args[at + 1];
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static StorageOptions Storage(string[] args) =>
        Load(args).GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
}
