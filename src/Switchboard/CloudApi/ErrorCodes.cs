namespace Switchboard.CloudApi;

/// <summary>Tencent Cloud API error codes used by this server (spec/cloud-api.md §A.6).</summary>
public static class ErrorCodes
{
    public const string InvalidAuthorization = "AuthFailure.InvalidAuthorization";
    public const string InvalidSecretId = "AuthFailure.InvalidSecretId";
    public const string SecretIdNotFound = "AuthFailure.SecretIdNotFound";
    public const string SignatureExpire = "AuthFailure.SignatureExpire";
    public const string SignatureFailure = "AuthFailure.SignatureFailure";
    public const string InvalidAction = "InvalidAction";
    public const string NoSuchVersion = "NoSuchVersion";
    public const string InvalidRequest = "InvalidRequest";
    public const string MissingParameter = "MissingParameter";
    public const string InvalidParameter = "InvalidParameter";
    public const string InvalidParameterValue = "InvalidParameterValue";
    public const string UnknownParameter = "UnknownParameter";
    public const string RequestLimitExceeded = "RequestLimitExceeded";
    public const string RequestSizeLimitExceeded = "RequestSizeLimitExceeded";
    public const string UnsupportedOperation = "UnsupportedOperation";
    public const string UnsupportedProtocol = "UnsupportedProtocol";
    public const string InternalError = "InternalError";
    public const string DbError = "InternalError.DBError";
    public const string LimitExceeded = "LimitExceeded";
    public const string FailedOperation = "FailedOperation";
    public const string ResourceUnavailable = "ResourceUnavailable";
    public const string ResourceNotFound = "ResourceNotFound";

    public const string InstanceNotExist = "InvalidParameterValue.InstanceNotExist";
    public const string AccountNotExist = "InvalidParameterValue.AccountNotExist";
    public const string SkillGroupExist = "InvalidParameterValue.SkillGroupExist";
    public const string SkillGroupError = "InvalidParameterValue.SkillGroupError";
    public const string RecordNotExist = "InvalidParameterValue.RecordNotExist";
    public const string PhoneNumIsBoundOtherAccount = "InvalidParameterValue.PhoneNumIsBoundOtherAccount";
    public const string DuplicatedAccount = "FailedOperation.DuplicatedAccount";
    public const string SeatStatusBusy = "FailedOperation.SeatStatusBusy";
}
