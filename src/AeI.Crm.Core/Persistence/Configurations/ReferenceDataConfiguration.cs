using AeI.Crm.Caseloads;
using AeI.Crm.Geography;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.IstatCode);
        builder.Property(m => m.IstatCode).HasMaxLength(6);
        builder.Property(m => m.Name).HasMaxLength(100).IsRequired();
        builder.Property(m => m.ProvinceCode).HasMaxLength(2);
        builder.HasIndex(m => m.ProvinceCode);
        builder.HasIndex(m => m.Name);
    }
}

internal sealed class CaseloadConfiguration : IEntityTypeConfiguration<Caseload>
{
    public void Configure(EntityTypeBuilder<Caseload> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class CaseloadMembershipConfiguration : IEntityTypeConfiguration<CaseloadMembership>
{
    public void Configure(EntityTypeBuilder<CaseloadMembership> builder)
    {
        builder.HasKey(m => new { m.UserId, m.CaseloadId });
        builder.HasOne(m => m.User).WithMany(u => u.Caseloads).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Caseload).WithMany().HasForeignKey(m => m.CaseloadId).OnDelete(DeleteBehavior.Cascade);
    }
}
