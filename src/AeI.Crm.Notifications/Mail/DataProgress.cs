using MailKit;

namespace AeI.Crm.Notifications.Mail;

/// <summary>
/// Watches the DATA upload: once every byte of the message is written, a broken connection no
/// longer means "not delivered" (the server may have accepted it before the reply was lost).
/// </summary>
internal sealed class DataProgress : ITransferProgress
{
    public bool AllDataWritten { get; private set; }

    public void Report(long bytesTransferred, long totalSize)
    {
        if (totalSize > 0 && bytesTransferred >= totalSize)
        {
            AllDataWritten = true;
        }
    }

    public void Report(long bytesTransferred)
    {
    }
}
