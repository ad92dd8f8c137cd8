using AeI.Crm.Persistence;
using Microsoft.Extensions.Configuration;

namespace AeI.Crm.Cli;

/// <summary>
/// The same settings the app reads: <c>appsettings.json</c> of the working folder (or, run from the
/// repository's root, the app's own <c>src/AeI.Crm.Web/appsettings.json</c>, whose relative paths are
/// then read from the app's folder as the app does), then environment variables
/// (<c>Storage__DataFolder</c>, <c>Mail__Smtp__Host</c>...), then <c>--data FOLDER</c>.
/// </summary>
public static class CliSettings
{
    /// <summary>The folder relative settings are read from: the working folder, or the app's when run from the repository root.</summary>
    public static string BaseFolder
    {
        get
        {
            var here = Directory.GetCurrentDirectory();
            var app = Path.Combine(here, "src", "AeI.Crm.Web");
            return !File.Exists(Path.Combine(here, "appsettings.json")) && File.Exists(Path.Combine(app, "appsettings.json")) ? app : here;
        }
    }

    public static IConfiguration Load(string[] args)
    {
        var at = Array.IndexOf(args, "--data");
        var overrides = new Dictionary<string, string?>();
        if (at >= 0 && at + 1 < args.Length)
        {
            overrides[$"{StorageOptions.Section}:{nameof(StorageOptions.DataFolder)}"] = args[at + 1];
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(BaseFolder, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static StorageOptions Storage(string[] args) => Storage(Load(args), args);

    public static StorageOptions Storage(IConfiguration configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        // A folder given on the command line is the user's, read from where they are; one from the
        // settings file is read from that file's folder, as the app reads it.
        if (!Path.IsPathRooted(storage.DataFolder) && Array.IndexOf(args ?? [], "--data") < 0)
        {
            storage.DataFolder = Path.Combine(BaseFolder, storage.DataFolder);
        }

        return storage;
    }
}
