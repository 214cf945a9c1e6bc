"""All ORM models of a register file; importing this package registers every table."""

from ropa.db.models.accountability import (
    Breach,
    Contract,
    RightsRequest,
    breach_activity,
    breach_client,
    breach_data_category,
    breach_data_subject,
    rights_request_activity,
)
from ropa.db.models.activity import (
    Activity,
    ActivityClient,
    ActivityDataCategory,
    ActivityJointController,
    ActivityRecipient,
    DataSource,
    Purpose,
    RetentionPhase,
    Transfer,
    activity_data_subject,
    activity_security_measure,
)
from ropa.db.models.attachment import Attachment, AttachmentBlob
from ropa.db.models.catalogue import (
    DataCategory,
    DataSubjectCategory,
    RecipientCategory,
    SecurityMeasure,
)
from ropa.db.models.cookie import Cookie
from ropa.db.models.dpia import Dpia, DpiaRisk, dpia_activity
from ropa.db.models.history import Change
from ropa.db.models.notice import NoticeVersion
from ropa.db.models.organisation import Organisation
from ropa.db.models.party import Party, party_subprocessor
from ropa.db.models.setting import Setting

__all__ = [
    "Breach",
    "Contract",
    "RightsRequest",
    "breach_activity",
    "breach_client",
    "breach_data_category",
    "breach_data_subject",
    "rights_request_activity",
    "Activity",
    "ActivityClient",
    "ActivityDataCategory",
    "ActivityJointController",
    "ActivityRecipient",
    "Attachment",
    "AttachmentBlob",
    "Change",
    "Cookie",
    "DataCategory",
    "DataSource",
    "DataSubjectCategory",
    "Dpia",
    "DpiaRisk",
    "NoticeVersion",
    "Organisation",
    "Party",
    "Purpose",
    "RecipientCategory",
    "RetentionPhase",
    "SecurityMeasure",
    "Setting",
    "Transfer",
    "activity_data_subject",
    "activity_security_measure",
    "dpia_activity",
    "party_subprocessor",
]
