using System.Diagnostics;

namespace AeI.Crm.Notifications.Tests.Cli;

/// <summary>
/// <c>match-bench</c> as documented (<c>dotnet run --project src/AeI.Crm.Cli -- match-bench</c>
/// starts the CLI's app host) and as <c>dotnet aei-crm.dll</c>: both print the figures of each size,
/// which a child process measures.
/// </summary>
public sealed class MatchBenchCommandTests
{
    [Fact]
    public async Task Through_the_app_host_as_dotnet_run_starts_it_the_figures_are_printed()
    {
        var host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "aei-crm.exe" : "aei-crm");
        var run = await RunAsync(host, "match-bench", "--sizes", "300");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Usage:", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Matches(@"^RESULT n=300 build_per_s=\d+ p50_ms=[\d.]+ p95_ms=[\d.]+ peak_mb=\d+$", run.LastLine);
    }

    [Fact]
    public async Task Through_the_dotnet_host_the_figures_are_printed()
    {
        var run = await RunAsync("dotnet", Path.Combine(AppContext.BaseDirectory, "aei-crm.dll"), "match-bench", "--sizes", "300");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^RESULT n=300 build_per_s=\d+ ", run.LastLine);
    }

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", true)]
    [InlineData(@"C:\Program Files\dotnet\dotnet.exe", true)]
    [InlineData("/work/src/AeI.Crm.Cli/bin/Release/net10.0/aei-crm", false)]
    public void The_dotnet_host_is_told_from_the_app_host(string path, bool dotnet) =>
        Assert.Equal(dotnet, AeI.Crm.Cli.ChildProcess.IsDotnetHost(path));

    private static async Task<(int ExitCode, string Output, string Error, string LastLine)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, text, await error, lines.LastOrDefault() ?? "");
    }
}
