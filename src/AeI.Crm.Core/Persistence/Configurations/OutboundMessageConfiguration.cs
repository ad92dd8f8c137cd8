using AeI.Crm.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.Property(m => m.ToAddress).HasMaxLength(320).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.MessageId).HasMaxLength(200).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(1000);
    }
}
