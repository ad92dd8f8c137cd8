using AeI.Crm.Persistence;

namespace AeI.Crm.Importing;

/// <summary>
/// The uploaded files, in the data folder (owner-only) until their run ends: the run reads its file
/// again after a restart. Finished runs' files are removed, and so are drafts left for two days.
/// </summary>
public sealed class ImportFileStore(StorageOptions storage)
{
    private string Folder => Path.Combine(storage.DataPath, "imports");

    private string PathOf(int runId) => Path.Combine(Folder, $"{runId}.upload");

    public async Task SaveAsync(int runId, byte[] content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Directory.Exists(Folder))
        {
            // Inside the owner-only data folder; owner-only itself where the platform has modes.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Folder);
            }
            else
            {
                Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var temporary = PathOf(runId) + ".part";
        await File.WriteAllBytesAsync(temporary, content, ct);
        File.Move(temporary, PathOf(runId), overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(int runId, CancellationToken ct) =>
        File.Exists(PathOf(runId)) ? await File.ReadAllBytesAsync(PathOf(runId), ct) : null;

    public void Delete(int runId)
    {
        if (File.Exists(PathOf(runId)))
        {
            File.Delete(PathOf(runId));
        }
    }
}
