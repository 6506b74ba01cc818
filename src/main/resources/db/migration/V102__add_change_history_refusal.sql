-- A refused decision or step is kept in the audit trail too: the line names the reason, and its status does not move.
alter table change_history add column refusal varchar(40);
