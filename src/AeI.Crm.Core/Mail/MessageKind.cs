namespace AeI.Crm.Mail;

public enum MessageKind
{
    Digest = 1,
    Assignment = 2,
}
