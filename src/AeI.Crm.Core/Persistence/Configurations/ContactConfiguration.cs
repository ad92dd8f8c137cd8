using AeI.Crm.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(e => e.SearchName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.FullName).HasMaxLength(120).IsRequired();
        builder.Property(c => c.Role).HasMaxLength(120);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Company).WithMany(c => c.Contacts).HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
