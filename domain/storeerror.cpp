// SPDX-License-Identifier: MIT
#include "storeerror.h"

StoreError::StoreError(Kind kind, QString code, QString message, QList<FieldError> fields)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_fields(std::move(fields))
    , m_what(m_message.toUtf8())
{
}

StoreError StoreError::validation(QList<FieldError> fields)
{
    QStringList parts;
    for (const FieldError &f : fields)
        parts << f.loc.join(u'.') + QStringLiteral(": ") + f.msg;
    return StoreError(Kind::Validation, QStringLiteral("validation_error"), parts.join(QStringLiteral("; ")),
                      std::move(fields));
}

StoreError StoreError::validation(const QString &field, const QString &msg, const QString &type)
{
    return validation(QList<FieldError>{FieldError{QStringList{field}, msg, type}});
}

StoreError StoreError::notFound(const QString &what, qint64 id)
{
    return StoreError(Kind::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("%1 %2 not found").arg(what).arg(id));
}

StoreError StoreError::notFound(const QString &code, const QString &message)
{
    return StoreError(Kind::NotFound, code, message);
}

StoreError StoreError::conflict(const QString &code, const QString &message)
{
    return StoreError(Kind::Conflict, code, message);
}
