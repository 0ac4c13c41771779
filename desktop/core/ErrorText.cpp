#include "desktop/core/ErrorText.h"

namespace fitflow::desktop {

QString ErrorText::forCode(const QString& code)
{
    if (code == QLatin1String("wrong_passphrase")) {
        return tr("That passphrase does not unlock this store. Check it and try again.");
    }
    if (code == QLatin1String("store_missing")) {
        return tr("The store file could not be found.");
    }
    if (code == QLatin1String("store_exists")) {
        return tr("A store already exists at this location.");
    }
    if (code == QLatin1String("key_file_corrupt")) {
        return tr("The store's key file is damaged, so the store cannot be opened.");
    }
    if (code == QLatin1String("store_corrupt")) {
        return tr("The store is damaged or is not a FitFlow store.");
    }
    if (code == QLatin1String("io_error")) {
        return tr("The store could not be read or written. Check the disk and its permissions.");
    }
    return tr("Something went wrong (%1).").arg(code);
}

QString ErrorText::forError(const fitflow::Error& error)
{
    return forCode(QString::fromStdString(error.code));
}

} // namespace fitflow::desktop
