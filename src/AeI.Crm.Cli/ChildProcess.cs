using System.Diagnostics;

namespace AeI.Crm.Cli;

/// <summary>Starts this CLI again as a child process, however it was started itself.</summary>
public static class ChildProcess
{
    /// <summary>
    /// The start info of the CLI with <paramref name="command"/> as its first argument. Started
    /// through its app host (<c>aei-crm</c>, which <c>dotnet run</c> uses), the host is run alone;
    /// started as <c>dotnet aei-crm.dll</c>, the dll path goes first, for the dotnet host to load.
    /// </summary>
    public static ProcessStartInfo Start(string command)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (IsDotnetHost(host))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.ArgumentList.Add(command);
        return start;
    }

    /// <summary>Whether a process path is the shared dotnet host rather than the CLI's own app host.</summary>
    public static bool IsDotnetHost(string processPath)
    {
        ArgumentNullException.ThrowIfNull(processPath);
        var name = processPath[(processPath.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Equals("dotnet", StringComparison.OrdinalIgnoreCase) || name.Equals("dotnet.exe", StringComparison.OrdinalIgnoreCase);
    }
}
