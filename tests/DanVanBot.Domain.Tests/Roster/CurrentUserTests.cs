using DanVanBot.Domain.Roster;

namespace DanVanBot.Domain.Tests.Roster;

public sealed class CurrentUserTests
{
    private static readonly Guid Quan7 = Guid.NewGuid();
    private static readonly Guid BaDinh = Guid.NewGuid();
    private static readonly Guid NoiVu = Guid.NewGuid();
    private static readonly Guid ThanhTra = Guid.NewGuid();

    private static CurrentUser With(params (Guid Unit, Guid Organisation, RosterRole Role)[] roles) => new()
    {
        AadObjectId = "aad",
        PersonId = Guid.NewGuid(),
        Memberships = roles.Select(r => new Membership(r.Unit, "U" + r.Unit.ToString()[..4], r.Organisation, "O", r.Role)).ToList(),
    };

    [Fact]
    public void Member_ReportsForOwnUnitOnly_AndCoordinatesNothing()
    {
        var user = With((ThanhTra, Quan7, RosterRole.Member));

        Assert.True(user.MayReportFor(ThanhTra));
        Assert.False(user.MayReportFor(NoiVu));
        Assert.False(user.IsCoordinatorOf(Quan7));
        Assert.False(user.IsAdministratorOf(Quan7));
        Assert.Equal(ThanhTra, user.SoleReportingUnit?.UnitId);
    }

    [Fact]
    public void Coordinator_CoordinatesOwnOrganisationOnly()
    {
        var user = With((NoiVu, Quan7, RosterRole.Coordinator));

        Assert.True(user.IsCoordinatorOf(Quan7));
        Assert.False(user.IsCoordinatorOf(BaDinh));
        Assert.Equal([Quan7], user.CoordinatedOrganisations);
    }

    [Fact]
    public void HeadOfTwoUnits_HasNoSoleReportingUnit()
    {
        var user = With((NoiVu, Quan7, RosterRole.UnitHead), (ThanhTra, Quan7, RosterRole.UnitHead));

        Assert.Equal(2, user.ReportingUnits.Count);
        Assert.Null(user.SoleReportingUnit);
        Assert.True(user.IsHeadOf(ThanhTra));
    }

    [Fact]
    public void OrganisationAdministrator_ReportsForNothing_AdministersOnlyThatOrganisation()
    {
        var user = With((NoiVu, Quan7, RosterRole.Administrator));

        Assert.False(user.MayReportFor(NoiVu));
        Assert.True(user.IsAdministratorOf(Quan7));
        Assert.False(user.IsAdministratorOf(BaDinh));
    }

    [Fact]
    public void ConfiguredAdministrator_AdministersEveryOrganisation()
    {
        var user = new CurrentUser { AadObjectId = "aad", IsConfiguredAdministrator = true };

        Assert.True(user.IsAdministratorOf(BaDinh));
        Assert.True(user.MayGrant(BaDinh, RosterRole.Coordinator));
        Assert.False(user.MayReportFor(NoiVu));
    }

    [Theory]
    [InlineData(RosterRole.Member, RosterRole.Member, false)]
    [InlineData(RosterRole.UnitHead, RosterRole.Member, true)]
    [InlineData(RosterRole.UnitHead, RosterRole.UnitHead, false)]
    [InlineData(RosterRole.Coordinator, RosterRole.UnitHead, true)]
    public void MayApproveJoin_ByRoleInTheUnit(RosterRole approverRole, RosterRole requested, bool expected)
    {
        var approver = approverRole == RosterRole.Member
            ? With((ThanhTra, Quan7, RosterRole.Member))
            : With((approverRole == RosterRole.Coordinator ? NoiVu : ThanhTra, Quan7, approverRole));

        Assert.Equal(expected, approver.MayApproveJoin(ThanhTra, Quan7, requested));
    }

    [Fact]
    public void MayGrant_CoordinatorGrantsMembersButNeverCoordinators()
    {
        var user = With((NoiVu, Quan7, RosterRole.Coordinator));

        Assert.True(user.MayGrant(Quan7, RosterRole.Member));
        Assert.False(user.MayGrant(Quan7, RosterRole.Coordinator));
        Assert.False(user.MayGrant(Quan7, RosterRole.Administrator));
        Assert.False(user.MayGrant(BaDinh, RosterRole.Member));
    }

    [Fact]
    public void ReadableOrganisations_NewcomerReadsTenantOrganisations_PendingReadsRequestedOrganisation()
    {
        var newcomer = new CurrentUser { AadObjectId = "aad", TenantOrganisations = [Quan7, BaDinh] };
        var pending = newcomer with { PendingJoin = new PendingJoin(Guid.NewGuid(), ThanhTra, "Thanh tra", BaDinh, "O", RosterRole.Member) };

        Assert.Equal([Quan7, BaDinh], newcomer.ReadableOrganisations);
        Assert.Equal([BaDinh], pending.ReadableOrganisations);
        Assert.False(pending.IsMember);
    }

    [Theory]
    [InlineData("member", RosterRole.Member)]
    [InlineData("Unit-Head", RosterRole.UnitHead)]
    [InlineData("lanh dao", RosterRole.UnitHead)]
    [InlineData("dau moi", RosterRole.Coordinator)]
    [InlineData(" administrator ", RosterRole.Administrator)]
    public void RoleNames_TryParse_KnownNames(string text, RosterRole expected)
    {
        Assert.True(RosterRoleNames.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("boss")]
    [InlineData(null)]
    public void RoleNames_TryParse_UnknownNames(string? text) => Assert.False(RosterRoleNames.TryParse(text, out _));
}
