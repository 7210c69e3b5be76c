namespace Switchboard.Tenancy;

/// <summary>A tenancy request that cannot be carried out (unknown owner, taken e-mail, bad name); the message is for the operator.</summary>
public sealed class TenancyException(string message) : Exception(message);
